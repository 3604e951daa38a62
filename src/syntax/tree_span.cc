#include "syntax/tree_span.h"

namespace dyad {

bool Dominates(const std::vector<int>& head, int a, int d) {
  const int n = static_cast<int>(head.size());
  // At most n steps up: a cycle in a broken tree cannot loop forever.
  for (int steps = 0; d >= 0 && d < n && steps <= n; ++steps) {
    if (d == a) return true;
    d = head[d] - 1;
  }
  return false;
}

int LeftEdge(const std::vector<int>& head, int w) {
  for (int c = 0; c < w; ++c)
    if (Dominates(head, w, c)) return c;
  return w;
}

int RightEdge(const std::vector<int>& head, int w) {
  for (int c = static_cast<int>(head.size()) - 1; c > w; --c)
    if (Dominates(head, w, c)) return c;
  return w;
}

}  // namespace dyad
