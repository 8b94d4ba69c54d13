#include "fault.h"

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
        return QStringLiteral("429");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::Latency:
        return QStringLiteral("latency");
    case Kind::Drop:
        return QStringLiteral("drop");
    case Kind::Truncate:
        return QStringLiteral("truncate");
    case Kind::Html:
        return QStringLiteral("html");
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
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(QStringLiteral("expected key=value, got \"%1\"").arg(part));
        const QString key = part.left(eq).trimmed();
        const QString value = part.mid(eq + 1).trimmed();
        bool ok = true;
        if (key == QLatin1String("type")) {
            haveType = true;
            if (value == QLatin1String("429")) {
                f.kind = Kind::RateLimit;
                f.status = 429;
            } else if (value == QLatin1String("500") || value == QLatin1String("503")) {
                f.kind = Kind::ServerError;
                f.status = value.toInt();
            } else if (value == QLatin1String("latency")) {
                f.kind = Kind::Latency;
            } else if (value == QLatin1String("drop")) {
                f.kind = Kind::Drop;
            } else if (value == QLatin1String("truncate")) {
                f.kind = Kind::Truncate;
            } else if (value == QLatin1String("html")) {
                f.kind = Kind::Html;
                f.status = 502;
            } else {
                return fail(QStringLiteral("unknown fault type \"%1\"").arg(value));
            }
        } else if (key == QLatin1String("path")) {
            f.pathPattern = value;
        } else if (key == QLatin1String("method")) {
            f.method = value.toUpper().toLatin1();
        } else if (key == QLatin1String("count")) {
            f.remaining = value.toInt(&ok);
        } else if (key == QLatin1String("retry-after")) {
            f.retryAfterSeconds = value.toInt(&ok);
        } else if (key == QLatin1String("ms")) {
            f.latencyMs = value.toInt(&ok);
        } else {
            return fail(QStringLiteral("unknown fault key \"%1\"").arg(key));
        }
        if (!ok)
            return fail(QStringLiteral("\"%1\" needs a number").arg(key));
    }
    if (!haveType)
        return fail(QStringLiteral("a fault needs type=..."));
    if (!f.pathPattern.isEmpty() && !QRegularExpression(f.pathPattern).isValid())
        return fail(QStringLiteral("invalid path pattern \"%1\"").arg(f.pathPattern));
    return f;
}

} // namespace brickdesk::emulator
