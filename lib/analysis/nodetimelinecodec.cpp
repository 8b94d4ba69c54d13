#include "analysis/nodetimelinecodec.h"

#include <limits>

namespace brickdesk {

namespace {

constexpr char kTimelineFormat = 1;

void putVarint(QByteArray &out, qint64 value)
{
    quint64 v = (quint64(value) << 1) ^ quint64(value >> 63); // zig-zag: small magnitudes, few bytes
    while (v >= 0x80) {
        out.append(char(v | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

class TimelineReader
{
public:
    explicit TimelineReader(QByteArrayView bytes)
        : m_bytes(bytes)
    { }

    bool varint(qint64 *value)
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_bytes.size())
                return false;
            const auto byte = quint8(m_bytes.at(m_pos++));
            v |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80)) {
                *value = qint64(v >> 1) ^ -qint64(v & 1);
                return true;
            }
        }
        return false;
    }
    bool integer(int *value)
    {
        qint64 v = 0;
        if (!varint(&v) || v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
            return false;
        *value = int(v);
        return true;
    }
    bool count(qsizetype *value)
    {
        qint64 v = 0;
        // Every item takes at least a byte: a larger count is damage, not a reason to allocate.
        if (!varint(&v) || v < 0 || v > m_bytes.size() - m_pos)
            return false;
        *value = qsizetype(v);
        return true;
    }
    bool atEnd() const { return m_pos == m_bytes.size(); }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
};

void putSeries(QByteArray &out, const StepSeries &series)
{
    putVarint(out, series.size());
    qint64 time = 0;
    int value = 0;
    for (const StepPoint &p : series) {
        putVarint(out, p.timestampMs - time);
        putVarint(out, qint64(p.value) - value);
        time = p.timestampMs;
        value = p.value;
    }
}

bool readSeries(TimelineReader &in, StepSeries *series)
{
    qsizetype n = 0;
    if (!in.count(&n))
        return false;
    series->clear();
    series->reserve(n);
    qint64 time = 0;
    qint64 value = 0;
    for (qsizetype i = 0; i < n; ++i) {
        qint64 dt = 0;
        qint64 dv = 0;
        if (!in.varint(&dt) || !in.varint(&dv))
            return false;
        time += dt;
        value += dv;
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max())
            return false;
        series->append({time, int(value)});
    }
    return true;
}

void putSize(QByteArray &out, const ClusterEvent::Size &size)
{
    putVarint(out, size.numWorkers);
    putVarint(out, size.minWorkers);
    putVarint(out, size.maxWorkers);
}

bool readSize(TimelineReader &in, ClusterEvent::Size *size)
{
    return in.integer(&size->numWorkers) && in.integer(&size->minWorkers) && in.integer(&size->maxWorkers);
}

} // namespace

QByteArray NodeTimelineCodec::encode(const NodeTimeline &t)
{
    QByteArray out;
    out.reserve(64 + 4 * (t.m_actual.size() + t.m_target.size() + t.m_min.size() + t.m_max.size()));
    out.append(kTimelineFormat);
    putVarint(out, t.m_startMs);
    putVarint(out, t.m_endMs - t.m_startMs);
    for (const StepSeries *series : {&t.m_actual, &t.m_target, &t.m_min, &t.m_max})
        putSeries(out, *series);
    putVarint(out, t.m_up.size());
    qint64 time = t.m_startMs;
    for (const TimeInterval &interval : t.m_up) {
        putVarint(out, interval.startMs - time);
        putVarint(out, interval.durationMs());
        time = interval.endMs;
    }
    const NodeTimelineState &s = t.m_state;
    putSize(out, s.config);
    putVarint(out, int(s.up));
    putVarint(out, s.upStartMs);
    putVarint(out, s.actual);
    putVarint(out, s.target);
    putVarint(out, s.lastEventMs);
    putVarint(out, s.extendable ? 1 : 0);
    return out;
}

bool NodeTimelineCodec::decode(QByteArrayView bytes, NodeTimeline *timeline)
{
    if (bytes.isEmpty() || bytes.front() != kTimelineFormat)
        return false;
    TimelineReader in(bytes.sliced(1));
    NodeTimeline t;
    qint64 span = 0;
    if (!in.varint(&t.m_startMs) || !in.varint(&span))
        return false;
    t.m_endMs = t.m_startMs + span;
    for (StepSeries *series : {&t.m_actual, &t.m_target, &t.m_min, &t.m_max}) {
        if (!readSeries(in, series))
            return false;
    }
    qsizetype intervals = 0;
    if (!in.count(&intervals))
        return false;
    qint64 time = t.m_startMs;
    for (qsizetype i = 0; i < intervals; ++i) {
        qint64 gap = 0;
        qint64 duration = 0;
        if (!in.varint(&gap) || !in.varint(&duration))
            return false;
        t.m_up.append({time + gap, time + gap + duration});
        time += gap + duration;
    }
    NodeTimelineState &s = t.m_state;
    int up = 0;
    qint64 extendable = 0;
    if (!readSize(in, &s.config) || !in.integer(&up) || up < 0 || up > int(NodeTimelineState::Up::No)
        || !in.varint(&s.upStartMs) || !in.integer(&s.actual) || !in.integer(&s.target)
        || !in.varint(&s.lastEventMs) || !in.varint(&extendable) || !in.atEnd())
        return false;
    s.up = NodeTimelineState::Up(up);
    s.extendable = extendable == 1;
    *timeline = std::move(t);
    return true;
}

} // namespace brickdesk
