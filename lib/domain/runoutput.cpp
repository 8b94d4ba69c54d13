#include "domain/runoutput.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

RunOutput RunOutput::fromJson(const QJsonObject &output)
{
    RunOutput result;
    result.m_raw = output;
    return result;
}

QString RunOutput::error() const
{
    return m_raw.value(u"error"_s).toString();
}
QString RunOutput::errorTrace() const
{
    return m_raw.value(u"error_trace"_s).toString();
}
QString RunOutput::info() const
{
    return m_raw.value(u"info"_s).toString();
}
QString RunOutput::logs() const
{
    return m_raw.value(u"logs"_s).toString();
}
bool RunOutput::logsTruncated() const
{
    return m_raw.value(u"logs_truncated"_s).toBool();
}
bool RunOutput::hasNotebookResult() const
{
    return m_raw.value(u"notebook_output"_s).toObject().contains(u"result"_s);
}
QString RunOutput::notebookResult() const
{
    return m_raw.value(u"notebook_output"_s).toObject().value(u"result"_s).toString();
}
bool RunOutput::notebookResultTruncated() const
{
    return m_raw.value(u"notebook_output"_s).toObject().value(u"truncated"_s).toBool();
}
qint64 RunOutput::childRunId() const
{
    return m_raw.value(u"run_job_output"_s).toObject().value(u"run_id"_s).toInteger();
}

QList<std::pair<QString, QString>> RunOutput::otherSectionTexts() const
{
    QList<std::pair<QString, QString>> texts;
    const QJsonObject sections = otherSections();
    for (auto it = sections.constBegin(); it != sections.constEnd(); ++it)
        texts.append({it.key(),
            QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Indented))});
    return texts;
}

QJsonObject RunOutput::otherSections() const
{
    QJsonObject sections;
    for (auto it = m_raw.constBegin(); it != m_raw.constEnd(); ++it) {
        if (it.key().endsWith(u"_output"_s) && it.key() != u"notebook_output"_s && it.value().isObject())
            sections.insert(it.key(), it.value());
    }
    return sections;
}

} // namespace brickdesk
