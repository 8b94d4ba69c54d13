#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace brickdesk {

// One line of JSON, as kept in a text column or compared as a cache key.
inline QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace brickdesk
