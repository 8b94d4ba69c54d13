#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

namespace brickdesk::test {

// A JSON object written in a test; a fixture that does not parse stops the test run (it is a
// mistake in the test, not a result).
inline QJsonObject parseJsonObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("fixture does not parse: %s", qPrintable(error.errorString()));
    return document.object();
}

// The bytes a round trip must keep: compact, keys in order.
inline QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace brickdesk::test
