#include "auth/oauthtokencache.h"
#include "eventwait.h"
#include "manualclock.h"

#include <QObject>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;
using namespace std::chrono_literals;

namespace {

// A cache on a clock the test moves by hand, with a 60 s refresh margin.
struct ManualCache
{
    QObject owner;
    test::ManualClock clock;
    OAuthTokenCache cache {&owner, 60};
    ManualCache() { cache.setClock(clock.dateTime()); }
};

OAuthToken tokenExpiringAt(const QString &value, const QDateTime &expiry)
{
    OAuthToken token;
    token.accessToken = value;
    token.expiry = expiry;
    return token;
}

} // namespace

class TestOAuthTokenCache : public QObject
{
    Q_OBJECT

private slots:
    void freshTokenIsAnsweredFromTheEventLoop()
    {
        ManualCache fixture;
        auto &[owner, clock, cache] = fixture;
        cache.store(tokenExpiringAt(u"t1"_s, clock.now().addSecs(3600)));

        QString answer;
        QVERIFY(cache.answerOrQueue(&owner, [&](const QString &token, const ApiError &) { answer = token; }));
        QVERIFY(answer.isEmpty()); // never from inside the call
        QTRY_COMPARE(answer, u"t1"_s);
    }

    void tokenWithinTheMarginOfItsExpiryIsNotFresh()
    {
        ManualCache fixture;
        auto &[owner, clock, cache] = fixture;
        cache.store(tokenExpiringAt(u"t1"_s, clock.now().addSecs(120)));
        QVERIFY(cache.isFresh());

        clock.advance(59s);
        QVERIFY(cache.isFresh()); // 61 s left: more than the margin
        clock.advance(1s);
        QVERIFY(!cache.isFresh()); // 60 s left: fetch a new one before it runs out
        clock.advance(3600s);
        QVERIFY(!cache.isFresh());
    }

    void marginNeverFallsIntoTheServicesRefusalWindow()
    {
        // The service refuses a token in its last 30 s: a smaller margin is raised to 45 s.
        ManualCache fixture;
        auto &[owner, clock, cache] = fixture;
        cache.setRefreshMargin(10);
        QCOMPARE(cache.refreshMargin(), 45);
        OAuthTokenCache small(&owner, 0);
        QCOMPARE(small.refreshMargin(), 45);
        cache.store(tokenExpiringAt(u"t1"_s, clock.now().addSecs(46)));
        QVERIFY(cache.isFresh());
        clock.advance(1s);
        QVERIFY(!cache.isFresh()); // 45 s left
        cache.setRefreshMargin(300);
        QCOMPARE(cache.refreshMargin(), 300);
    }

    void tokenWithoutExpiryStaysFreshUntilInvalidated()
    {
        ManualCache fixture;
        auto &[owner, clock, cache] = fixture;
        cache.store(tokenExpiringAt(u"t1"_s, {}));
        clock.setNow(clock.now().addYears(1));
        QVERIFY(cache.isFresh());
        cache.invalidate();
        QVERIFY(!cache.isFresh());
        QVERIFY(cache.token().accessToken.isEmpty());
    }

    void staleTokenQueuesCallersUntilResolvedOnce()
    {
        ManualCache fixture;
        auto &[owner, clock, cache] = fixture;
        cache.store(tokenExpiringAt(u"old"_s, clock.now().addSecs(30)));

        QStringList answers;
        auto gone = std::make_unique<QObject>();
        QVERIFY(
            !cache.answerOrQueue(&owner, [&](const QString &token, const ApiError &) { answers << token; }));
        QVERIFY(!cache.answerOrQueue(
            gone.get(), [&](const QString &token, const ApiError &) { answers << u"gone:"_s + token; }));
        QVERIFY(
            !cache.answerOrQueue(nullptr, [&](const QString &token, const ApiError &) { answers << token; }));
        gone.reset(); // its caller is never answered
        QVERIFY(answers.isEmpty());

        cache.store(tokenExpiringAt(u"new"_s, clock.now().addSecs(3600)));
        cache.resolve(u"new"_s, {});
        QCOMPARE(answers, (QStringList {u"new"_s, u"new"_s}));
        cache.resolve(u"again"_s, {});
        QCOMPARE(answers.size(), 2); // each caller once
        QVERIFY(cache.isFresh());
    }

    void errorsReachEveryWaitingCaller()
    {
        QObject owner;
        OAuthTokenCache cache(&owner, 60);
        int errors = 0;
        for (int i = 0; i < 3; ++i)
            QVERIFY(!cache.answerOrQueue(&owner, [&](const QString &token, const ApiError &error) {
                errors += token.isEmpty() && error.kind() == ApiError::Kind::Auth;
            }));
        cache.resolve({}, ApiError(ApiError::Kind::Auth, u"refused"_s));
        QCOMPARE(errors, 3);
    }
};

QTEST_GUILESS_MAIN(TestOAuthTokenCache)
#include "tst_oauthtokencache.moc"
