#include "hostheader.h"

#include <QByteArray>

namespace brickdesk::emulator {

bool HostHeader::isAllowed(QByteArrayView host, quint16 port, const QHostAddress &bound)
{
    const QByteArray value = host.toByteArray().trimmed().toLower();
    if (value.isEmpty())
        return false;
    // Split "name:port", "[v6]:port", "name" (the port is after the last ':' outside brackets).
    QByteArray name = value;
    QByteArray portText;
    const qsizetype colon = value.lastIndexOf(':');
    const qsizetype bracket = value.lastIndexOf(']');
    if (colon > 0 && colon > bracket) {
        name = value.left(colon);
        portText = value.mid(colon + 1);
    }
    if (portText.isEmpty()) {
        if (port != 80 || value.endsWith(':'))
            return false;
    } else {
        bool ok = false;
        const uint given = portText.toUInt(&ok, 10);
        if (!ok || given != port || portText.startsWith('+'))
            return false;
    }
    if (name == "localhost" || name == "127.0.0.1" || name == "[::1]")
        return true;
    // The address given to --bind, as a literal (an address cannot be re-pointed by DNS).
    if (bound.isNull() || bound == QHostAddress::Any || bound == QHostAddress::AnyIPv4
        || bound == QHostAddress::AnyIPv6)
        return false;
    QByteArray literal = name;
    if (literal.startsWith('[') && literal.endsWith(']'))
        literal = literal.mid(1, literal.size() - 2);
    else if (literal.contains(':'))
        return false; // an unbracketed IPv6 address is not a valid Host
    const QHostAddress address(QString::fromLatin1(literal));
    return !address.isNull() && address.isEqual(bound, QHostAddress::StrictConversion);
}

} // namespace brickdesk::emulator
