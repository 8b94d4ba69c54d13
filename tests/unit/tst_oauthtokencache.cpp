#include "auth/oauthtokencache.h"

#include <QObject>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace brickdesk;

namespace {

// A clock the test moves by hand: expiry is reached by assignment, not by waiting.
struct ManualClock
{
    QDateTime now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    OAuthTokenCache::Clock function()
    {
        return [this] { return now; };
    }
};

// A cache on a manual clock, with a 60 s refresh margin.
struct ManualCache
{
    QObject owner;
    ManualClock clock;
    OAuthTokenCache cache {&owner, 60};
    ManualCache() { cache.setClock(clock.function()); }
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
        cache.store(tokenExpiringAt(u"t1"_s, clock.now.addSecs(3600)));

        QString answer;
        QVERIFY(cache.answerOrQueue(&owner, [&](const QString &token, const ApiError &) { answer = token; }));
        QVERIFY(answer.isEmpty()); // never from inside the call
        QTRY_COMPARE(answer, u"t1"_s);
    }

    void tokenWithinTheMarginOfItsExpiryIsNotFresh()
    {
        ManualCache fixture;
        auto &[owner, clock, cache] = fixture;
        cache.store(tokenExpiringAt(u"t1"_s, clock.now.addSecs(120)));
        QVERIFY(cache.isFresh());

        clock.now = clock.now.addSecs(59);
        QVERIFY(cache.isFresh()); // 61 s left: more than the margin
        clock.now = clock.now.addSecs(1);
        QVERIFY(!cache.isFresh()); // 60 s left: fetch a new one before it runs out
        cache.setRefreshMargin(10);
        QVERIFY(cache.isFresh());
        clock.now = clock.now.addSecs(3600);
        QVERIFY(!cache.isFresh());
    }

    void tokenWithoutExpiryStaysFreshUntilInvalidated()
    {
        ManualCache fixture;
        auto &[owner, clock, cache] = fixture;
        cache.store(tokenExpiringAt(u"t1"_s, {}));
        clock.now = clock.now.addYears(1);
        QVERIFY(cache.isFresh());
        cache.invalidate();
        QVERIFY(!cache.isFresh());
        QVERIFY(cache.token().accessToken.isEmpty());
    }

    void staleTokenQueuesCallersUntilResolvedOnce()
    {
        ManualCache fixture;
        auto &[owner, clock, cache] = fixture;
        cache.store(tokenExpiringAt(u"old"_s, clock.now.addSecs(30)));

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

        cache.store(tokenExpiringAt(u"new"_s, clock.now.addSecs(3600)));
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
