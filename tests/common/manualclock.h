#pragma once

#include <QDateTime>

#include <chrono>
#include <functional>

namespace brickdesk::test {

// One "now" that a test moves by hand, shared by the client (OAuth providers, the token cache)
// and the emulator's OAuth server: a token's life is reached by advance(), not by waiting, so
// the checks fall on the exact second they name. Must outlive everything it was handed to.
//
//   test::ManualClock clock;
//   options.oauthClock = clock.msSinceEpoch();
//   provider->setClock(clock.dateTime());
//   clock.advance(std::chrono::seconds(3540));
class ManualClock final
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    { }

    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now) { m_now = now; }
    void advance(std::chrono::milliseconds by) { m_now = m_now.addMSecs(by.count()); }

    std::function<QDateTime()> dateTime() const
    {
        return [this] { return m_now; };
    }
    std::function<qint64()> msSinceEpoch() const
    {
        return [this] { return m_now.toMSecsSinceEpoch(); };
    }

private:
    QDateTime m_now;
};

} // namespace brickdesk::test
