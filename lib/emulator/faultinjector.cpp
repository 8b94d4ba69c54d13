#include "faultinjector.h"

#include <QMutexLocker>

namespace brickdesk::emulator {

void FaultInjector::add(const Fault &fault)
{
    QMutexLocker lock(&m_mutex);
    m_faults.append(fault);
}

void FaultInjector::clear()
{
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

std::optional<Fault> FaultInjector::take(const QByteArray &method, const QString &path)
{
    QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (!f.matches(method, path))
            continue;
        Fault hit = f;
        if (f.remaining > 0 && --f.remaining == 0)
            m_faults.removeAt(i);
        ++m_triggered;
        return hit;
    }
    return std::nullopt;
}

int FaultInjector::activeCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_faults.size());
}

int FaultInjector::triggeredCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_triggered;
}

} // namespace brickdesk::emulator
