#include "eventpagescanner.h"

#include <algorithm>
#include <cstring>

namespace brickdesk::eventpagescanner {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// A cursor over JSON text; every step checks the end, so bytes that are not JSON end the
// scan instead of reading past them.
class Cursor
{
public:
    explicit Cursor(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    { }

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    // Whether the next byte after spaces is `c`.
    bool peek(char c)
    {
        skipSpace();
        return m_p != m_end && *m_p == c;
    }

    bool eat(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    // A string's bytes between its quotes; `escaped` says whether it holds a backslash.
    bool string(QByteArrayView *out, bool *escaped)
    {
        skipSpace();
        if (m_p == m_end || *m_p != '"')
            return false;
        const char *start = m_p + 1;
        const char *close = stringEnd(start, escaped);
        if (!close)
            return false;
        *out = QByteArrayView(start, close - start);
        m_p = close + 1;
        return true;
    }

    // Any value, skipped; its bytes.
    bool value(QByteArrayView *out)
    {
        skipSpace();
        if (m_p == m_end)
            return false;
        const char *start = m_p;
        if (*m_p == '"') {
            QByteArrayView s;
            bool escaped = false;
            if (!string(&s, &escaped))
                return false;
        } else if (*m_p == '{' || *m_p == '[') {
            // Most of an object's bytes are in its strings, skipped by memchr.
            int depth = 0;
            const char *p = m_p;
            do {
                const char c = *p;
                if (c == '"') {
                    bool escaped = false;
                    p = stringEnd(p + 1, &escaped);
                    if (!p)
                        return false;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    --depth;
                }
                ++p;
            } while (depth > 0 && p != m_end);
            if (depth > 0)
                return false;
            m_p = p;
        } else {
            while (m_p != m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && !isSpace(*m_p))
                ++m_p;
        }
        *out = QByteArrayView(start, m_p - start);
        return !out->isEmpty();
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && isSpace(*m_p))
            ++m_p;
    }

    // The closing quote of a string whose text starts at `p`; null when there is none. Most
    // strings of an event are a few bytes long, where a loop beats two memchr calls; a long
    // one is searched by memchr.
    const char *stringEnd(const char *p, bool *escaped) const
    {
        *escaped = false;
        for (const char *shortEnd = std::min(p + 24, m_end); p != shortEnd; ++p) {
            if (*p == '"')
                return p;
            if (*p == '\\')
                return longStringEnd(p, escaped);
        }
        return longStringEnd(p, escaped);
    }

    const char *longStringEnd(const char *p, bool *escaped) const
    {
        for (;;) {
            const auto *quote = static_cast<const char *>(std::memchr(p, '"', m_end - p));
            if (!quote)
                return nullptr;
            const auto *backslash = static_cast<const char *>(std::memchr(p, '\\', quote - p));
            if (!backslash)
                return quote;
            // An escape before the quote: step over it, and look again after it.
            *escaped = true;
            p = backslash + 2;
            if (p > m_end)
                return nullptr;
        }
    }

    const char *m_p;
    const char *m_end;
};

// An integer as JSON writes one, small enough for qint64 whatever its digits.
bool integer(QByteArrayView text, qint64 *out)
{
    const bool negative = text.startsWith('-');
    const QByteArrayView digits = negative ? text.sliced(1) : text;
    if (digits.isEmpty() || digits.size() > 18 || (digits.size() > 1 && digits.front() == '0'))
        return false;
    qint64 n = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *out = negative ? -n : n;
    return true;
}

// The event at the cursor, read in one pass and the cursor moved past it; false when the
// bytes are not JSON there.
bool event(Cursor &in, RawEvent *e)
{
    *e = {};
    if (!in.peek('{')) {
        QByteArrayView skipped; // not an object: not plain
        return in.value(&skipped);
    }
    in.eat('{');
    enum Seen { ClusterId = 1, Timestamp = 2, Type = 4, Details = 8 };
    int seen = 0;
    bool plain = true;
    bool first = true;
    while (!in.eat('}')) {
        if (!first && !in.eat(','))
            return false;
        first = false;
        QByteArrayView key;
        QByteArrayView value;
        bool keyEscaped = false;
        if (!in.string(&key, &keyEscaped) || !in.eat(':') || !in.value(&value))
            return false;
        const int member = keyEscaped             ? 0
            : key == QByteArrayView("cluster_id") ? ClusterId
            : key == QByteArrayView("timestamp")  ? Timestamp
            : key == QByteArrayView("type")       ? Type
            : key == QByteArrayView("details")    ? Details
                                                  : 0;
        if (member == 0 || (seen & member)) {
            plain = false;
            continue;
        }
        seen |= member;
        if (member == Timestamp) {
            plain = plain && integer(value, &e->timestamp);
        } else if (member == Type) {
            const bool quoted = value.size() >= 2 && value.front() == '"' && value.back() == '"';
            e->type = quoted ? value.sliced(1, value.size() - 2) : QByteArrayView();
            plain = plain && quoted && !e->type.contains('\\');
        } else if (member == Details) {
            e->details = value;
        }
    }
    e->plain = plain && seen == (ClusterId | Timestamp | Type | Details);
    return true;
}

// Appends the page's events; false when the bytes are not such a page.
bool scanInto(QByteArrayView page, QList<RawEvent> &events)
{
    bool found = false;
    Cursor in(page);
    if (!in.eat('{'))
        return false;
    bool first = true;
    while (!in.eat('}')) {
        if (!first && !in.eat(','))
            return false;
        first = false;
        QByteArrayView key;
        bool escaped = false;
        if (!in.string(&key, &escaped) || !in.eat(':'))
            return false;
        if (escaped || key != QByteArrayView("events")) {
            QByteArrayView skipped;
            if (!in.value(&skipped))
                return false;
            continue;
        }
        if (found || !in.eat('['))
            return false;
        found = true;
        if (in.eat(']'))
            continue;
        do {
            if (!event(in, &events.emplace_back()))
                return false;
        } while (in.eat(','));
        if (!in.eat(']'))
            return false;
    }
    return found && in.atEnd();
}

} // namespace

QList<RawEvent> scan(QByteArrayView page)
{
    QList<RawEvent> events;
    events.reserve(page.size() / 128); // events take 150 bytes and more
    if (!scanInto(page, events))
        return {};
    return events;
}

} // namespace brickdesk::eventpagescanner
