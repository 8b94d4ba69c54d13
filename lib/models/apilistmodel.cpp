#include "models/apilistmodel.h"

#include "api/connection.h"
#include "api/pagination.h"

#include <QJsonArray>

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

void ApiListModel::refresh()
{
    start(m_everLoaded);
}

void ApiListModel::reload()
{
    stopFetcher();
    beginResetModel();
    clearItems();
    m_index.clear();
    endResetModel();
    m_everLoaded = false;
    start(false);
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
    m_complete = false;
    m_lastError = {};
    m_seen.clear();
    PageFetcher *fetcher = createFetcher(m_connection);
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
    const QJsonArray items = page.value(itemsKey()).toArray();
    QVector<QJsonObject> fresh;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString key = keyOf(item);
        if (key.isEmpty() || m_seen.contains(key))
            continue; // an item repeated across pages (the list moved under us) counts once
        m_seen.insert(key);
        const int row = rowOfKey(key);
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
    if (complete && m_refreshing)
        removeUnseen();
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
    // Walk from the end so each contiguous block of gone rows is one removal.
    int row = itemCount() - 1;
    bool removed = false;
    while (row >= 0) {
        if (m_seen.contains(keyAt(row))) {
            --row;
            continue;
        }
        const int last = row;
        while (row - 1 >= 0 && !m_seen.contains(keyAt(row - 1)))
            --row;
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
