#pragma once

#include "analysis/nodetimeline.h"

#include <QByteArray>
#include <QByteArrayView>

namespace brickdesk {

// A node timeline and the state it was left in (NodeTimelineState), as compact bytes: what the
// archive keeps per cluster so that the chart reads a few bytes per step instead of every event.
// Times and values are zig-zag varints of the difference to the previous one (a step costs about
// four bytes). decode() checks everything it reads and fails on anything else (a damaged or
// newer blob); the caller then builds the timeline from the events.
class NodeTimelineCodec final
{
public:
    static QByteArray encode(const NodeTimeline &timeline);
    static bool decode(QByteArrayView bytes, NodeTimeline *timeline);
};

} // namespace brickdesk
