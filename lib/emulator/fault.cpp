#include "fault.h"

using namespace Qt::Literals::StringLiterals;

namespace brickdesk::emulator {

bool Fault::matches(const QByteArray &requestMethod, const QString &path) const
{
    if (remaining == 0)
        return false;
    if (!method.isEmpty() && method.compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    if (pathPattern.isEmpty())
        return true;
    const QRegularExpression re(pathPattern);
    return re.isValid() ? re.match(path).hasMatch() : path.contains(pathPattern);
}

static Fault make(Fault::Kind kind, const QString &pattern, int count)
{
    Fault f;
    f.kind = kind;
    f.pathPattern = pattern;
    f.remaining = count;
    return f;
}

Fault Fault::rateLimit(const QString &pattern, int retryAfterSeconds, int count)
{
    Fault f = make(Kind::RateLimit, pattern, count);
    f.status = 429;
    f.retryAfterSeconds = retryAfterSeconds;
    return f;
}

Fault Fault::serverError(const QString &pattern, int status, int count)
{
    Fault f = make(Kind::ServerError, pattern, count);
    f.status = status;
    return f;
}

Fault Fault::latency(const QString &pattern, int ms, int count)
{
    Fault f = make(Kind::Latency, pattern, count);
    f.latencyMs = ms;
    return f;
}

Fault Fault::drop(const QString &pattern, int count)
{
    return make(Kind::Drop, pattern, count);
}

Fault Fault::dropAfterHandling(const QString &pattern, int count)
{
    return make(Kind::DropAfterHandling, pattern, count);
}

Fault Fault::truncate(const QString &pattern, int count)
{
    return make(Kind::Truncate, pattern, count);
}

Fault Fault::html(const QString &pattern, int count)
{
    Fault f = make(Kind::Html, pattern, count);
    f.status = 502;
    return f;
}

QString Fault::kindName(Kind kind)
{
    switch (kind) {
    case Kind::RateLimit:
        return u"429"_s;
    case Kind::ServerError:
        return u"server-error"_s;
    case Kind::Latency:
        return u"latency"_s;
    case Kind::Drop:
        return u"drop"_s;
    case Kind::DropAfterHandling:
        return u"drop-after"_s;
    case Kind::Truncate:
        return u"truncate"_s;
    case Kind::Html:
        return u"html"_s;
    }
    return {};
}

std::optional<Fault> Fault::fromSpec(const QString &spec, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Fault> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Fault f;
    bool haveType = false;
    const QStringList parts = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0)
            return fail(u"expected key=value, got \"%1\""_s.arg(part));
        const QString key = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        bool ok = true;
        if (key == u"type"_s) {
            haveType = true;
            if (value == u"429"_s) {
                f.kind = Kind::RateLimit;
                f.status = 429;
            } else if (value == u"500"_s || value == u"503"_s) {
                f.kind = Kind::ServerError;
                f.status = value.toInt();
            } else if (value == u"latency"_s) {
                f.kind = Kind::Latency;
            } else if (value == u"drop"_s) {
                f.kind = Kind::Drop;
            } else if (value == u"drop-after"_s) {
                f.kind = Kind::DropAfterHandling;
            } else if (value == u"truncate"_s) {
                f.kind = Kind::Truncate;
            } else if (value == u"html"_s) {
                f.kind = Kind::Html;
                f.status = 502;
            } else {
                return fail(u"unknown fault type \"%1\""_s.arg(value));
            }
        } else if (key == u"path"_s) {
            f.pathPattern = value;
        } else if (key == u"method"_s) {
            f.method = value.toUpper().toLatin1();
        } else if (key == u"count"_s) {
            f.remaining = value.toInt(&ok);
        } else if (key == u"retry-after"_s) {
            f.retryAfterSeconds = value.toInt(&ok);
        } else if (key == u"ms"_s) {
            f.latencyMs = value.toInt(&ok);
        } else {
            return fail(u"unknown fault key \"%1\""_s.arg(key));
        }
        if (!ok)
            return fail(u"\"%1\" needs a number"_s.arg(key));
    }
    if (!haveType)
        return fail(u"a fault needs type=..."_s);
    if (!f.pathPattern.isEmpty() && !QRegularExpression(f.pathPattern).isValid())
        return fail(u"invalid path pattern \"%1\""_s.arg(f.pathPattern));
    return f;
}

} // namespace brickdesk::emulator
