// Mirrors torch/_tensor_str.py (_Formatter, _tensor_str, _vector_str, _scalar_str,
// get_summarized_data, _add_suffixes, _str_intern) with PyTorch's default print options. Python's
// '{:.4f}' / '{:.4e}' / '{:.0f}' formatting equals C's printf for finite doubles; nan/inf are
// spelled the Python way ("nan", "inf", "-inf").
#include "torch/tensor_str.h"

#include <cmath>
#include <cstdio>
#include <functional>

namespace dp::torch {

PrintOptions& print_options() {
  static PrintOptions opts;
  return opts;
}

std::string size_repr(const Shape& s) { return "torch.Size(" + shape_str(s) + ")"; }

namespace {

// A sub-tensor view for printing (self[i]).
Tensor sub(const Tensor& t, int64_t i) {
  Shape sz(t.sizes().begin() + 1, t.sizes().end());
  Shape st(t.strides().begin() + 1, t.strides().end());
  return Tensor::make_view(t, sz, st, t.storage_offset() + i * t.strides()[0]);
}

std::string fmt(const char* f, int prec, double v) {
  char buf[512];
  std::snprintf(buf, sizeof buf, f, prec, v);
  return buf;
}

std::string nonfinite(double v) {
  if (std::isnan(v)) return "nan";
  return v > 0 ? "inf" : "-inf";
}

std::string py_str(const Scalar& s) {
  if (s.is_bool()) return s.to_bool() ? "True" : "False";
  if (s.is_int()) return std::to_string(s.to_int());
  return fmt("%.*g", 17, s.to_double());  // not used for floating tensors
}

class Formatter {
 public:
  Formatter(const std::vector<Scalar>& values, bool floating) : floating_(floating) {
    const PrintOptions& po = print_options();
    if (!floating) {
      for (const auto& v : values) max_width_ = std::max<size_t>(max_width_, py_str(v).size());
      return;
    }
    std::vector<double> nz;
    for (const auto& s : values) {
      double v = s.to_double();
      if (std::isfinite(v) && v != 0) nz.push_back(v);
    }
    if (nz.empty()) return;
    double mn = std::fabs(nz[0]), mx = std::fabs(nz[0]);
    for (double v : nz) {
      mn = std::min(mn, std::fabs(v));
      mx = std::max(mx, std::fabs(v));
      if (v != std::ceil(v)) int_mode_ = false;
    }
    if (int_mode_) {
      if (mx / mn > 1000.0 || mx > 1.0e8) {
        sci_mode_ = true;
        for (double v : nz) max_width_ = std::max(max_width_, fmt("%.*e", po.precision, v).size());
      } else {
        for (double v : nz) max_width_ = std::max(max_width_, fmt("%.*f", 0, v).size() + 1);
      }
    } else {
      if (mx / mn > 1000.0 || mx > 1.0e8 || mn < 1.0e-4) {
        sci_mode_ = true;
        for (double v : nz) max_width_ = std::max(max_width_, fmt("%.*e", po.precision, v).size());
      } else {
        for (double v : nz) max_width_ = std::max(max_width_, fmt("%.*f", po.precision, v).size());
      }
    }
    if (po.sci_mode) sci_mode_ = *po.sci_mode;
  }

  size_t width() const { return max_width_; }

  std::string format(const Scalar& s) const {
    std::string ret;
    if (floating_) {
      double v = s.to_double();
      int prec = print_options().precision;
      if (!std::isfinite(v)) {
        ret = nonfinite(v);
      } else if (sci_mode_) {
        ret = fmt("%.*e", prec, v);
      } else if (int_mode_) {
        ret = fmt("%.*f", 0, v) + ".";
      } else {
        ret = fmt("%.*f", prec, v);
      }
    } else {
      ret = py_str(s);
    }
    if (ret.size() < max_width_) ret = std::string(max_width_ - ret.size(), ' ') + ret;
    return ret;
  }

 private:
  bool floating_;
  bool int_mode_ = true;
  bool sci_mode_ = false;
  size_t max_width_ = 1;
};

// Values of get_summarized_data(t), in order.
void summarized_values(const Tensor& t, bool summarize, std::vector<Scalar>* out) {
  const int64_t edge = print_options().edgeitems;
  if (t.dim() == 0) {
    out->push_back(t.scalar_at(0));
    return;
  }
  int64_t n = t.sizes()[0];
  std::vector<int64_t> idx;
  if (summarize && n > 2 * edge) {
    for (int64_t i = 0; i < edge; ++i) idx.push_back(i);
    for (int64_t i = n - edge; i < n; ++i) idx.push_back(i);
  } else {
    for (int64_t i = 0; i < n; ++i) idx.push_back(i);
  }
  for (int64_t i : idx) {
    if (t.dim() == 1) out->push_back(sub(t, i).scalar_at(0));
    else summarized_values(sub(t, i), summarize, out);
  }
}

std::string join(const std::vector<std::string>& parts, const std::string& sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::string vector_str(const Tensor& t, int64_t indent, bool summarize, const Formatter& f) {
  const PrintOptions& po = print_options();
  int64_t element_length = static_cast<int64_t>(f.width()) + 2;
  int64_t per_line = std::max<int64_t>(1, static_cast<int64_t>(std::floor(static_cast<double>(po.linewidth - indent) /
                                                                          static_cast<double>(element_length))));
  std::vector<std::string> data;
  int64_t n = t.sizes()[0];
  if (summarize && po.edgeitems == 0) {
    data.push_back("...");
  } else if (summarize && n > 2 * po.edgeitems) {
    for (int64_t i = 0; i < po.edgeitems; ++i) data.push_back(f.format(sub(t, i).scalar_at(0)));
    data.push_back(" ...");
    for (int64_t i = n - po.edgeitems; i < n; ++i) data.push_back(f.format(sub(t, i).scalar_at(0)));
  } else {
    for (int64_t i = 0; i < n; ++i) data.push_back(f.format(sub(t, i).scalar_at(0)));
  }
  std::vector<std::string> lines;
  for (size_t i = 0; i < data.size(); i += per_line) {
    std::vector<std::string> line(data.begin() + i,
                                  data.begin() + std::min(data.size(), i + static_cast<size_t>(per_line)));
    lines.push_back(join(line, ", "));
  }
  return "[" + join(lines, ",\n" + std::string(indent + 1, ' ')) + "]";
}

std::string tensor_str_with_formatter(const Tensor& t, int64_t indent, bool summarize, const Formatter& f) {
  int64_t dim = t.dim();
  if (dim == 0) return f.format(t.scalar_at(0));
  if (dim == 1) return vector_str(t, indent, summarize, f);
  const int64_t edge = print_options().edgeitems;
  std::vector<std::string> slices;
  int64_t n = t.sizes()[0];
  if (summarize && n > 2 * edge) {
    for (int64_t i = 0; i < edge; ++i) slices.push_back(tensor_str_with_formatter(sub(t, i), indent + 1, summarize, f));
    slices.push_back("...");
    for (int64_t i = n - edge; i < n; ++i)
      slices.push_back(tensor_str_with_formatter(sub(t, i), indent + 1, summarize, f));
  } else {
    for (int64_t i = 0; i < n; ++i) slices.push_back(tensor_str_with_formatter(sub(t, i), indent + 1, summarize, f));
  }
  std::string sep = "," + std::string(dim - 1, '\n') + std::string(indent + 1, ' ');
  return "[" + join(slices, sep) + "]";
}

std::string tensor_str(const Tensor& t, int64_t indent) {
  if (t.numel() == 0) return "[]";
  bool summarize = t.numel() > print_options().threshold;
  std::vector<Scalar> vals;
  summarized_values(t, summarize, &vals);
  Formatter f(vals, is_floating(t.dtype()));
  return tensor_str_with_formatter(t, indent, summarize, f);
}

std::string add_suffixes(const std::string& tensor_s, const std::vector<std::string>& suffixes, int64_t indent) {
  const int64_t linewidth = print_options().linewidth;
  std::string out = tensor_s;
  size_t nl = tensor_s.rfind('\n');
  int64_t last_line_len =
      static_cast<int64_t>(tensor_s.size()) - (nl == std::string::npos ? -1 : static_cast<int64_t>(nl)) + 1;
  for (const auto& s : suffixes) {
    int64_t len = static_cast<int64_t>(s.size());
    if (last_line_len + len + 2 > linewidth) {
      out += ",\n" + std::string(indent, ' ') + s;
      last_line_len = indent + len;
    } else {
      out += ", " + s;
      last_line_len += len + 2;
    }
  }
  return out + ")";
}

}  // namespace

std::string repr(const Tensor& t) {
  if (!t.defined()) return "None";
  const bool fake = t.is_fake();
  std::string prefix = fake ? "FakeTensor(" : "tensor(";
  int64_t indent = static_cast<int64_t>(prefix.size());
  std::vector<std::string> suffixes;
  std::string body;
  bool has_default_dtype = t.dtype() == kDefaultFloat || t.dtype() == DType::Int64 || t.dtype() == DType::Bool;
  if (fake) {
    suffixes.push_back("size=" + shape_tuple_str(t.sizes()));
    if (t.dtype() != kDefaultFloat) suffixes.push_back("dtype=" + dtype_repr(t.dtype()));
    body = "...";
  } else if (t.numel() == 0) {
    if (t.dim() != 1) suffixes.push_back("size=" + shape_tuple_str(t.sizes()));
    if (t.dtype() != kDefaultFloat) suffixes.push_back("dtype=" + dtype_repr(t.dtype()));
    body = "[]";
  } else {
    if (print_options().edgeitems == 0) suffixes.push_back("size=" + shape_tuple_str(t.sizes()));
    if (!has_default_dtype) suffixes.push_back("dtype=" + dtype_repr(t.dtype()));
    body = tensor_str(t, indent);
  }
  if (!t.grad_fn().empty()) suffixes.push_back("grad_fn=<" + t.grad_fn() + ">");
  else if (t.requires_grad()) suffixes.push_back("requires_grad=True");
  return add_suffixes(prefix + body, suffixes, indent);
}

}  // namespace dp::torch
