#include "archivelocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

QString ArchiveLocation::demoKey()
{
    return u"demo"_s;
}

QString ArchiveLocation::keyForHost(const QString &host)
{
    QString normalised = host.trimmed().toLower();
    while (normalised.endsWith(u'/'))
        normalised.chop(1);
    if (!normalised.contains(u"://"_s))
        normalised.prepend(u"https://"_s);
    const QUrl url(normalised);
    QString readable = url.host();
    if (url.port() > 0)
        readable += u'_' + QString::number(url.port());
    QString safe;
    for (const QChar c : std::as_const(readable))
        safe += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'-' || c == u'_'
            ? c
            : QChar(u'_');
    if (safe.isEmpty())
        safe = u"workspace"_s;
    const QByteArray digest
        = QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    return safe.left(80) + u'-' + QString::fromLatin1(digest);
}

QString ArchiveLocation::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/archive"_s;
}

QString ArchiveLocation::pathForKey(const QString &key)
{
    return QDir(directory()).filePath(key + u".sqlite"_s);
}

} // namespace brickdesk
