# torch.fx.experimental: the playground's ShapeEnv is C++ (core/fx/experimental); this package only
# names the public types programs import.
