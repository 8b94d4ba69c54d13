#pragma once

#include <QByteArrayView>
#include <QList>

namespace brickdesk {

// Finds, in the bytes of a clusters/events page as the server sent them, each event's fields
// without building a JSON tree: the archive recognises an event whose details it has seen by
// their bytes, which costs far less than walking the parsed object (about 0.25 us a key).
// It reads only what QJsonDocument accepted (the page was parsed first); on anything else it
// stays in bounds and answers nothing or not-plain events, and the parsed page is used.
namespace eventpagescanner {

struct RawEvent
{
    // Exactly the members cluster_id, timestamp (an integer), type (a string without escapes)
    // and details, each once, with keys written without escapes. Only then are the rest set.
    bool plain = false;
    qint64 timestamp = 0;
    QByteArrayView type; // between the quotes
    QByteArrayView details; // the value as sent
};

// One entry per element of the page's top-level "events" array, in order; empty when the
// bytes are not an object with exactly one such array.
QList<RawEvent> scan(QByteArrayView page);

} // namespace eventpagescanner

} // namespace brickdesk
