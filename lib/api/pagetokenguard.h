#pragma once

#include "api/apierror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>

namespace brickdesk {

// Decides when following a list endpoint's page tokens must stop because the server is not
// heading for an end: it hands out a token it handed out before (a loop), or keeps handing
// out pages with nothing on them, each with a fresh token (an endless walk that no set of
// seen tokens catches). Either way the walk ends with a Kind::BadResponse error; the pages
// delivered before it are kept by whoever received them.
class PageTokenGuard final
{
    Q_DECLARE_TR_FUNCTIONS(PageTokenGuard)

public:
    // Empty pages in a row, each with a new token, that are still followed. The service may
    // answer a filtered listing with an empty page now and then; dozens in a row it does not.
    static constexpr int kMaxEmptyPagesInARow = 32;

    // A page arrived with `itemsOnPage` items and names `nextToken` as the next page (empty:
    // the last page). Returns the error that ends the walk, or no error to follow it.
    ApiError next(const QByteArray &nextToken, qsizetype itemsOnPage);
    void reset();

private:
    QSet<QByteArray> m_seen;
    qint64 m_items = 0;
    int m_pages = 0;
    int m_emptyInARow = 0;
};

} // namespace brickdesk
