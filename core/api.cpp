// Temporary facade body: replaced by the real pipeline (core/runtime + core/dynamo) as it lands.
#include "api.h"

#include <nlohmann/json.hpp>

namespace dp {

std::string run_json(const std::string& source, const std::string& options_json) {
  (void)source;
  (void)options_json;
  nlohmann::json out;
  out["stdout"] = "";
  out["stderr"] = "NotImplementedError: the runtime has not landed yet\n";
  out["exception"] = {{"type", "NotImplementedError"}, {"message", "the runtime has not landed yet"},
                      {"lineno", 0}, {"col", 0},
                      {"traceback", "NotImplementedError: the runtime has not landed yet\n"}};
  out["graphs"] = nlohmann::json::array();
  out["exit_code"] = 1;
  return out.dump();
}

}  // namespace dp
