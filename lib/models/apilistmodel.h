#pragma once

#include "api/apierror.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QVector>

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
    void start(bool refreshing);
    void onPage(const QJsonObject &page);
    void onFinished();
    void onFailed(const ApiError &error);
    void removeUnseen();
    void rebuildIndex();
    void stopFetcher();

    QPointer<Connection> m_connection;
    QPointer<PageFetcher> m_fetcher;
    QHash<QString, int> m_index;
    QSet<QString> m_seen;
    ApiError m_lastError;
    bool m_refreshing = false;
    bool m_complete = false;
    bool m_everLoaded = false;
};

} // namespace brickdesk
