#pragma once

#include "api/apierror.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QVector>

#include <functional>

namespace brickdesk {

class Connection;
class PageFetcher;

// Base of the list models fed by a paginated API (jobs/list, runs/list, clusters/list).
// Loading runs page by page in the background through PageFetcher (models never build URLs):
// rows are appended as pages arrive, so the first page shows while the rest is fetched.
//
// refresh() updates rows IN PLACE, keyed by id: changed rows emit dataChanged, new rows are
// inserted, rows that are gone are removed once the whole list has arrived (a refresh that
// fails or is cancelled midway removes nothing). There is never a model reset after the first
// load, so views keep their selection and scroll position.
//
// With setFetchBatchSize(n > 0) the model loads on demand instead, the way QAbstractItemModel
// does it: a load stops after about n items, canFetchMore() says whether the list goes on, and
// fetchMore() (which views call when they scroll to the end) fetches the next batch, continuing
// from the last page token. refresh() then re-reads as many items as are loaded (at least one
// batch), so every loaded row is updated in place; rows that are gone are removed when a later
// row was seen (the list order is stable), so nothing is dropped merely for being pushed past
// the refreshed window by new items at the head.
class ApiListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    explicit ApiListModel(QObject *parent = nullptr);
    ~ApiListModel() override;

    void setConnection(Connection *connection);
    Connection *connection() const;

    bool isLoading() const { return !m_fetcher.isNull(); }
    // The error of the last load, if it failed.
    ApiError lastError() const { return m_lastError; }
    // Whether the last load reached the end of the list.
    bool isComplete() const { return m_complete; }

    int rowCount(const QModelIndex &parent = {}) const final;

    // 0 (the default): every load follows the list to its end. > 0: load on demand (see above);
    // needs a subclass that implements createContinuationFetcher().
    void setFetchBatchSize(int items);
    int fetchBatchSize() const { return m_batch; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Rows from elsewhere (the local archive, while the API cannot be asked) in place of all
    // others, as a model reset; a load in flight stops. The next refresh from the API updates
    // them in place and removes those it no longer lists, like rows it had loaded itself.
    void replaceAllItems(const QVector<QJsonObject> &items);

public slots:
    // Fetches the list again, updating rows in place (the first call simply loads).
    void refresh();
    // Drops all rows and loads from scratch (a model reset: use when the query changes).
    void reload();
    // Stops a load in flight; rows already there stay.
    void cancel();

signals:
    void loadingChanged(bool loading);
    // Items received so far in this load and the total when the API tells it (else -1).
    void progress(qint64 loaded, qint64 total);
    void errorOccurred(const brickdesk::ApiError &error);
    // A load reached the end of the list.
    void loaded();

protected:
    // Subclass hooks. Rows are the subclass's own QVector; the base keeps the key index.
    virtual PageFetcher *createFetcher(Connection *connection) = 0;
    // The same list continued from `pageToken` (a next_page_token it handed out); nullptr when
    // the model cannot load on demand.
    virtual PageFetcher *createContinuationFetcher(Connection *connection, const QString &pageToken)
    {
        Q_UNUSED(connection)
        Q_UNUSED(pageToken)
        return nullptr;
    }
    virtual QString itemsKey() const = 0; // "jobs", "runs", "clusters"
    virtual QString keyOf(const QJsonObject &item) const = 0;
    virtual int itemCount() const = 0;
    virtual QString keyAt(int row) const = 0;
    // Replace row `row` with `item`; return whether anything changed (then dataChanged is emitted).
    virtual bool replaceAt(int row, const QJsonObject &item) = 0;
    // Append items (called between beginInsertRows and endInsertRows).
    virtual void appendItems(const QVector<QJsonObject> &items) = 0;
    // Remove rows [first, last] (called between beginRemoveRows and endRemoveRows).
    virtual void removeItems(int first, int last) = 0;
    virtual void clearItems() = 0;
    // Called once a page is merged (e.g. to reset derived caches).
    virtual void afterPage() { }

    int rowOfKey(const QString &key) const { return m_index.value(key, -1); }

private:
    enum class LoadKind { Load, Refresh, More };
    void start(bool refreshing);
    void startFetcher(PageFetcher *fetcher, LoadKind kind);
    void removeGoneBeforeLastSeen();
    void onPage(const QJsonObject &page);
    void onFinished();
    void onFailed(const ApiError &error);
    void removeUnseen();
    void removeRowsWhere(const std::function<bool(const QString &key)> &gone);
    void rebuildIndex();
    void clearRows(); // inside a model reset
    void stopFetcher();

    QPointer<Connection> m_connection;
    QPointer<PageFetcher> m_fetcher;
    QHash<QString, int> m_index;
    QSet<QString> m_seen;
    ApiError m_lastError;
    // Load on demand: list positions (as last seen) of the rows, for removing rows that are gone
    // after a partial refresh; items consumed by the current load; where the list continues.
    QHash<QString, qint64> m_position;
    qint64 m_cursor = 0;
    qint64 m_lastSeenOldPosition = -1;
    bool m_passedLoaded = false;
    bool m_settling = false;
    QString m_nextPageToken;
    LoadKind m_kind = LoadKind::Load;
    int m_batch = 0;
    bool m_refreshing = false;
    bool m_complete = false;
    bool m_everLoaded = false;
};

} // namespace brickdesk
