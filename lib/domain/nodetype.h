#pragma once

#include <QJsonObject>
#include <QString>

namespace brickdesk {

// One entry of clusters/list-node-types "node_types".
class NodeType final
{
public:
    NodeType() = default;
    static NodeType fromJson(const QJsonObject &nodeType);

    QString id() const; // node_type_id
    QString description() const;
    QString instanceTypeId() const;
    QString category() const;
    int memoryMb() const;
    double numCores() const;
    int numGpus() const;
    bool isDeprecated() const;
    bool isHidden() const;
    bool isPhotonWorkerCapable() const;

    QJsonObject raw() const { return m_raw; }

private:
    QJsonObject m_raw;
};

} // namespace brickdesk
