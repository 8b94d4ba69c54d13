#include "pagetoken.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtEndian>

#include <array>

namespace brickdesk::emulator::pagetoken {

namespace {

constexpr qsizetype NonceBytes = 8;
constexpr qsizetype PlainBytes = 24; // offset, pin, filter hash: 8 bytes each
constexpr qsizetype MacBytes = 12;

const QByteArray &secret()
{
    static const QByteArray key = [] {
        std::array<quint32, 8> words {};
        QRandomGenerator::system()->fillRange(words.data(), words.size());
        return QByteArray(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    }();
    return key;
}

QByteArray mac(const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, secret(), QCryptographicHash::Sha256);
}

QByteArray filterHash(const QString &filterKey)
{
    return QCryptographicHash::hash(filterKey.toUtf8(), QCryptographicHash::Sha256).left(8);
}

// A keystream per nonce (HMAC in counter mode with one block: 32 bytes >= PlainBytes).
QByteArray crypt(const QByteArray &nonce, QByteArray data)
{
    const QByteArray stream = mac("stream:" + nonce);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char(data[i] ^ stream[i]);
    return data;
}

void appendInt(QByteArray &out, qint64 value)
{
    char bytes[8];
    qToLittleEndian(value, bytes);
    out.append(bytes, 8);
}

} // namespace

QString encode(qint64 offset, const QString &filterKey, qint64 pin)
{
    QByteArray nonce(NonceBytes, Qt::Uninitialized);
    std::array<quint32, 2> random {};
    QRandomGenerator::global()->fillRange(random.data(), random.size());
    memcpy(nonce.data(), random.data(), size_t(NonceBytes));
    QByteArray plain;
    plain.reserve(PlainBytes);
    appendInt(plain, offset);
    appendInt(plain, pin);
    plain.append(filterHash(filterKey));
    const QByteArray cipher = crypt(nonce, plain);
    const QByteArray token = nonce + cipher + mac("token:" + nonce + cipher).left(MacBytes);
    return QString::fromLatin1(
        token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decode(const QString &token, const QString &filterKey, qint64 *pin)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != NonceBytes + PlainBytes + MacBytes)
        return std::nullopt;
    const QByteArray &raw = decoded.decoded;
    const QByteArray nonce = raw.left(NonceBytes);
    const QByteArray cipher = raw.mid(NonceBytes, PlainBytes);
    const QByteArray expected = mac("token:" + nonce + cipher).left(MacBytes);
    if (expected != raw.right(MacBytes))
        return std::nullopt;
    const QByteArray plain = crypt(nonce, cipher);
    if (plain.mid(16, 8) != filterHash(filterKey))
        return std::nullopt;
    const qint64 offset = qFromLittleEndian<qint64>(plain.constData());
    if (offset < 0)
        return std::nullopt;
    if (pin)
        *pin = qFromLittleEndian<qint64>(plain.constData() + 8);
    return offset;
}

} // namespace brickdesk::emulator::pagetoken
