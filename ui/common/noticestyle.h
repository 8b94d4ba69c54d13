#pragma once

class QFrame;

namespace brickdesk {

// The look of a note that must be seen (offline, waiting to retry): a framed strip in the
// palette's tooltip colours, which stand out in light and dark themes alike.
void applyNoticeStyle(QFrame *frame);

} // namespace brickdesk
