#include "eventpagescanner.h"

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
        const char *start = ++m_p;
        *escaped = false;
        while (m_p != m_end && *m_p != '"') {
            if (*m_p == '\\') {
                *escaped = true;
                if (++m_p == m_end)
                    return false;
            }
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        *out = QByteArrayView(start, m_p - start);
        ++m_p;
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
            int depth = 0;
            do {
                if (*m_p == '"') {
                    QByteArrayView s;
                    bool escaped = false;
                    if (!string(&s, &escaped))
                        return false;
                    continue;
                }
                if (*m_p == '{' || *m_p == '[')
                    ++depth;
                else if (*m_p == '}' || *m_p == ']')
                    --depth;
                ++m_p;
            } while (depth > 0 && m_p != m_end);
            if (depth > 0)
                return false;
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

RawEvent event(QByteArrayView text)
{
    RawEvent e;
    Cursor in(text);
    if (!in.eat('{'))
        return e;
    enum Seen { ClusterId = 1, Timestamp = 2, Type = 4, Details = 8 };
    int seen = 0;
    bool plain = true;
    bool first = true;
    while (!in.eat('}')) {
        if (!first && !in.eat(','))
            return e;
        first = false;
        QByteArrayView key;
        QByteArrayView value;
        bool keyEscaped = false;
        if (!in.string(&key, &keyEscaped) || !in.eat(':') || !in.value(&value))
            return e;
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
            plain = plain && integer(value, &e.timestamp);
        } else if (member == Type) {
            const bool quoted = value.size() >= 2 && value.front() == '"' && value.back() == '"';
            e.type = quoted ? value.sliced(1, value.size() - 2) : QByteArrayView();
            plain = plain && quoted && !e.type.contains('\\');
        } else if (member == Details) {
            e.details = value;
        }
    }
    e.plain = plain && seen == (ClusterId | Timestamp | Type | Details);
    return e;
}

} // namespace

QList<RawEvent> scan(QByteArrayView page)
{
    QList<RawEvent> events;
    bool found = false;
    Cursor in(page);
    if (!in.eat('{'))
        return {};
    bool first = true;
    while (!in.eat('}')) {
        if (!first && !in.eat(','))
            return {};
        first = false;
        QByteArrayView key;
        bool escaped = false;
        if (!in.string(&key, &escaped) || !in.eat(':'))
            return {};
        if (escaped || key != QByteArrayView("events")) {
            QByteArrayView skipped;
            if (!in.value(&skipped))
                return {};
            continue;
        }
        if (found || !in.eat('['))
            return {};
        found = true;
        if (in.eat(']'))
            continue;
        do {
            QByteArrayView element;
            if (!in.value(&element))
                return {};
            events.append(event(element));
        } while (in.eat(','));
        if (!in.eat(']'))
            return {};
    }
    if (!found || !in.atEnd())
        return {};
    return events;
}

} // namespace brickdesk::eventpagescanner
