#include "domain/stringpool.h"

#include <QHash>
#include <QReadWriteLock>
#include <QVector>

namespace brickdesk {

namespace {

struct Pool
{
    QReadWriteLock lock;
    QHash<QString, quint32> ids;
    QVector<QString> texts {QString()};
};

Pool &pool()
{
    static Pool instance;
    return instance;
}

} // namespace

quint32 StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return 0;
    Pool &p = pool();
    {
        QReadLocker locker(&p.lock);
        const auto it = p.ids.constFind(text);
        if (it != p.ids.constEnd())
            return it.value();
    }
    QWriteLocker locker(&p.lock);
    const auto it = p.ids.constFind(text);
    if (it != p.ids.constEnd())
        return it.value();
    const auto id = quint32(p.texts.size());
    p.texts.append(text);
    p.ids.insert(text, id);
    return id;
}

QString StringPool::text(quint32 id)
{
    if (id == 0)
        return {};
    Pool &p = pool();
    QReadLocker locker(&p.lock);
    return id < quint32(p.texts.size()) ? p.texts.at(qsizetype(id)) : QString();
}

int StringPool::size()
{
    Pool &p = pool();
    QReadLocker locker(&p.lock);
    return int(p.texts.size());
}

} // namespace brickdesk
