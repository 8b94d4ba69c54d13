#include "models/apilistmodel.h"

#include "api/connection.h"
#include "api/pagination.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

ApiListModel::ApiListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ApiListModel::~ApiListModel()
{
    stopFetcher();
}

void ApiListModel::setConnection(Connection *connection)
{
    if (m_connection == connection)
        return;
    cancel();
    m_connection = connection;
}

Connection *ApiListModel::connection() const
{
    return m_connection;
}

int ApiListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : itemCount();
}

void ApiListModel::setFetchBatchSize(int items)
{
    m_batch = std::max(0, items);
}

bool ApiListModel::canFetchMore(const QModelIndex &parent) const
{
    // After a failed batch the view does not retry by itself on every scroll (no error storm):
    // refresh() or reload() clears the error.
    return !parent.isValid() && m_batch > 0 && m_everLoaded && !m_complete && !m_fetcher && !m_settling
        && !m_nextPageToken.isEmpty() && m_connection && !m_lastError.isError();
}

void ApiListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    PageFetcher *fetcher = createContinuationFetcher(m_connection, m_nextPageToken);
    if (!fetcher)
        return;
    fetcher->setMaxItems(m_batch);
    m_refreshing = false;
    startFetcher(fetcher, LoadKind::More);
}

void ApiListModel::refresh()
{
    start(m_everLoaded);
}

void ApiListModel::reload()
{
    stopFetcher();
    beginResetModel();
    clearRows();
    endResetModel();
    m_everLoaded = false;
    start(false);
}

void ApiListModel::clearRows()
{
    clearItems();
    m_index.clear();
    m_position.clear();
    m_nextPageToken.clear();
}

void ApiListModel::replaceAllItems(const QVector<QJsonObject> &items)
{
    const bool wasLoading = isLoading();
    stopFetcher();
    beginResetModel();
    clearRows();
    m_seen.clear();
    QVector<QJsonObject> unique;
    for (const QJsonObject &item : items) {
        const QString key = keyOf(item);
        if (!key.isEmpty() && !m_seen.contains(key)) {
            m_seen.insert(key);
            unique.append(item);
        }
    }
    appendItems(unique);
    rebuildIndex();
    endResetModel();
    m_everLoaded = true;
    m_complete = true;
    m_lastError = {};
    if (wasLoading)
        emit loadingChanged(false);
}

void ApiListModel::cancel()
{
    if (!m_fetcher)
        return;
    stopFetcher();
    emit loadingChanged(false);
}

void ApiListModel::stopFetcher()
{
    if (!m_fetcher)
        return;
    PageFetcher *fetcher = m_fetcher;
    m_fetcher = nullptr;
    fetcher->disconnect(this);
    fetcher->cancel();
    fetcher->deleteLater();
}

void ApiListModel::start(bool refreshing)
{
    stopFetcher();
    if (!m_connection) {
        m_lastError = ApiError(ApiError::Kind::Network, tr("No workspace connection."));
        emit errorOccurred(m_lastError);
        return;
    }
    m_refreshing = refreshing;
    PageFetcher *fetcher = createFetcher(m_connection);
    // On demand, a refresh re-reads every loaded row (at least one batch) so that all of them
    // are updated in place and the continuation token stays right for the next fetchMore().
    if (m_batch > 0)
        fetcher->setMaxItems(refreshing ? std::max<qint64>(m_batch, itemCount()) : m_batch);
    startFetcher(fetcher, refreshing ? LoadKind::Refresh : LoadKind::Load);
}

void ApiListModel::startFetcher(PageFetcher *fetcher, LoadKind kind)
{
    m_kind = kind;
    m_complete = false;
    m_lastError = {};
    m_seen.clear();
    if (kind != LoadKind::More) {
        m_cursor = 0;
        m_lastSeenOldPosition = -1;
        m_passedLoaded = false;
    }
    fetcher->setParent(this);
    m_fetcher = fetcher;
    connect(fetcher, &PageFetcher::page, this, &ApiListModel::onPage);
    connect(fetcher, &PageFetcher::progress, this, &ApiListModel::progress);
    connect(fetcher, &PageFetcher::finished, this, &ApiListModel::onFinished);
    connect(fetcher, &PageFetcher::failed, this, &ApiListModel::onFailed);
    emit loadingChanged(true);
    fetcher->start();
}

void ApiListModel::onPage(const QJsonObject &page)
{
    if (m_batch > 0)
        m_nextPageToken = page.value(u"next_page_token"_s).toString();
    const QJsonArray items = page.value(itemsKey()).toArray();
    QVector<QJsonObject> fresh;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString key = keyOf(item);
        if (key.isEmpty() || m_seen.contains(key))
            continue; // an item repeated across pages (the list moved under us) counts once
        m_seen.insert(key);
        const int row = rowOfKey(key);
        if (m_batch > 0) {
            if (row >= 0 && m_kind == LoadKind::Refresh)
                m_lastSeenOldPosition = std::max(m_lastSeenOldPosition, m_position.value(key, -1));
            // Loaded rows are a prefix of the list: an item never loaded that comes after one
            // that was means the refresh has read past every loaded row.
            if (row < 0 && m_kind == LoadKind::Refresh && m_lastSeenOldPosition >= 0)
                m_passedLoaded = true;
            m_position.insert(key, m_cursor);
        }
        ++m_cursor;
        if (row >= 0) {
            if (replaceAt(row, item))
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        } else {
            fresh.append(item);
        }
    }
    if (!fresh.isEmpty()) {
        const int first = itemCount();
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        appendItems(fresh);
        for (int row = first; row < itemCount(); ++row)
            m_index.insert(keyAt(row), row);
        endInsertRows();
    }
    afterPage();
}

void ApiListModel::onFinished()
{
    PageFetcher *fetcher = m_fetcher;
    const bool complete = fetcher && fetcher->isComplete();
    m_fetcher = nullptr;
    if (fetcher)
        fetcher->deleteLater();
    m_complete = complete;
    m_everLoaded = true;
    if (complete)
        m_nextPageToken.clear();
    // Views (and QAbstractItemModelTester) may call fetchMore() from the removal signals; it must
    // not start a batch (which resets m_seen) while the refresh is still being settled.
    m_settling = true;
    if (m_refreshing && (complete || m_passedLoaded))
        removeUnseen();
    else if (m_refreshing && m_batch > 0)
        removeGoneBeforeLastSeen();
    m_settling = false;
    emit loadingChanged(false);
    if (complete)
        emit loaded();
}

void ApiListModel::onFailed(const ApiError &error)
{
    PageFetcher *fetcher = m_fetcher;
    m_fetcher = nullptr;
    if (fetcher)
        fetcher->deleteLater();
    m_everLoaded = m_everLoaded || itemCount() > 0;
    m_lastError = error;
    emit loadingChanged(false);
    emit errorOccurred(error);
}

void ApiListModel::removeUnseen()
{
    removeRowsWhere([this](const QString &key) { return !m_seen.contains(key); });
}

void ApiListModel::removeGoneBeforeLastSeen()
{
    // A refresh that stopped before the end of the list: a row it did not see, listed before one
    // it did, is gone; the others were pushed past the refreshed window (by new items) and stay,
    // numbered after it in their old order.
    removeRowsWhere([this](const QString &key) {
        return !m_seen.contains(key) && m_position.value(key, -1) < m_lastSeenOldPosition;
    });
    QVector<std::pair<qint64, QString>> kept;
    for (int r = 0; r < itemCount(); ++r) {
        const QString key = keyAt(r);
        if (!m_seen.contains(key))
            kept.append({m_position.value(key, -1), key});
    }
    std::sort(kept.begin(), kept.end());
    qint64 position = m_cursor;
    for (const auto &entry : std::as_const(kept))
        m_position.insert(entry.second, position++);
}

void ApiListModel::removeRowsWhere(const std::function<bool(const QString &key)> &gone)
{
    // Walk from the end so each contiguous block of gone rows is one removal.
    int row = itemCount() - 1;
    bool removed = false;
    while (row >= 0) {
        if (!gone(keyAt(row))) {
            --row;
            continue;
        }
        const int last = row;
        while (row - 1 >= 0 && gone(keyAt(row - 1)))
            --row;
        for (int r = row; r <= last; ++r)
            m_position.remove(keyAt(r));
        beginRemoveRows({}, row, last);
        removeItems(row, last);
        endRemoveRows();
        removed = true;
        --row;
    }
    if (removed)
        rebuildIndex();
}

void ApiListModel::rebuildIndex()
{
    m_index.clear();
    for (int row = 0; row < itemCount(); ++row)
        m_index.insert(keyAt(row), row);
}

} // namespace brickdesk
