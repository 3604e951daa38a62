// Recipients named inside a reduced relative clause: "conveyed its intention
// through a letter presented by the ambassador to the foreign minister". The
// verb's own clause names no `to`-phrase; the participle that modifies its
// object or oblique ("a letter presented ...") does, and that phrase names who
// received what the verb conveys. The participle's by-agent ("by the
// ambassador") is the messenger, never the verb's source or target.
//
// The parser often hangs such a `to`-phrase on the by-agent's noun phrase when
// an apposition stands between them ("presented by the U.S. ambassador, Alina
// Romanowski, to the foreign minister"): a `to`-phrase under the by-agent that
// follows a comma belongs to the participle; one right after the agent's title
// ("ambassador to Iraq") is the title's own complement and names no recipient.
#ifndef DYAD_CODER_PARTICIPLE_RECIPIENT_H_
#define DYAD_CODER_PARTICIPLE_RECIPIENT_H_

#include <vector>

#include "coder/parse_tree.h"

namespace dyad {

// Heads of the `to`-phrases that name recipients for trigger v (see above);
// empty when v has a `to`-phrase of its own or no participle modifies its
// object or oblique.
std::vector<int> ParticipleRecipients(const ParseTree& t, int v);

// Is token j the by-agent (or inside the by-agent phrase) of a participle
// ("presented by X") that modifies an object or oblique of v?
bool InParticipleAgent(const ParseTree& t, int v, int j);

}  // namespace dyad

#endif  // DYAD_CODER_PARTICIPLE_RECIPIENT_H_
