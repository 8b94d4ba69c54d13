#include "api/pagetokenguard.h"

namespace brickdesk {

ApiError PageTokenGuard::next(const QByteArray &nextToken, qsizetype itemsOnPage)
{
    ++m_pages;
    m_items += itemsOnPage;
    m_emptyInARow = itemsOnPage > 0 ? 0 : m_emptyInARow + 1;
    if (nextToken.isEmpty())
        return {};
    ApiError error;
    if (m_seen.contains(nextToken)) {
        error = ApiError(ApiError::Kind::BadResponse,
            tr("The server handed out a page token it had already given (page %1, %2 items so far), so "
               "following it would never end.")
                .arg(m_pages)
                .arg(m_items));
    } else if (m_emptyInARow > kMaxEmptyPagesInARow) {
        error = ApiError(ApiError::Kind::BadResponse,
            tr("The server kept answering with empty pages that point to yet another page (%1 in a row "
               "after %2 items), so Brickdesk stopped following them.")
                .arg(m_emptyInARow)
                .arg(m_items));
    } else {
        m_seen.insert(nextToken);
        return {};
    }
    error.setBodyIssue(ApiError::BodyIssue::Unexpected);
    return error;
}

void PageTokenGuard::reset()
{
    *this = PageTokenGuard();
}

} // namespace brickdesk
