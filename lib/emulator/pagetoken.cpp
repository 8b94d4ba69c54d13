#include "pagetoken.h"

#include <QCryptographicHash>
#include <QList>

namespace brickdesk::emulator::pagetoken {

static QByteArray filterHash(const QString &filterKey)
{
    return QCryptographicHash::hash(filterKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
}

QString encode(qint64 offset, const QString &filterKey)
{
    const QByteArray raw = "o=" + QByteArray::number(offset) + ";f=" + filterHash(filterKey);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decode(const QString &token, const QString &filterKey)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(';');
    if (parts.size() != 2 || !parts[0].startsWith("o=") || !parts[1].startsWith("f="))
        return std::nullopt;
    bool ok = false;
    const qint64 offset = parts[0].mid(2).toLongLong(&ok);
    if (!ok || offset < 0 || parts[1].mid(2) != filterHash(filterKey))
        return std::nullopt;
    return offset;
}

} // namespace brickdesk::emulator::pagetoken
