<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>ArchiveClusterStore</name>
    <message>
        <source>Cluster events could not be archived</source>
        <translation>Os eventos do cluster não puderam ser arquivados</translation>
    </message>
    <message>
        <source>A cluster configuration could not be archived</source>
        <translation>Uma configuração de cluster não pôde ser arquivada</translation>
    </message>
</context>
<context>
    <name>ArchiveConnection</name>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>o arquivo não pode ser gravado</translation>
    </message>
    <message>
        <source>another program kept the archive busy for too long</source>
        <translation>outro programa manteve o arquivo local ocupado por tempo demais</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>o arquivo está danificado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The archive is not open.</source>
        <translation>O arquivo local não está aberto.</translation>
    </message>
    <message>
        <source>The archive folder %1 cannot be created.</source>
        <translation>A pasta do arquivo local %1 não pode ser criada.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged and cannot be moved aside.</source>
        <translation>O arquivo local %1 está danificado e não pode ser posto de lado.</translation>
    </message>
    <message>
        <source>The local archive was damaged. It was moved to %1 and a new, empty archive was started; history is collected again from what the workspace still keeps.</source>
        <translation>O arquivo local estava danificado. Ele foi movido para %1 e um novo arquivo, vazio, foi iniciado; o histórico é coletado de novo a partir do que o workspace ainda guarda.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite): Brickdesk works without its archive.</source>
        <translation>Falta o driver SQLite do Qt (pacote Debian libqt6sql6-sqlite): o Brickdesk funciona sem o seu arquivo local.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: %2</source>
        <translation>O arquivo local %1 não pode ser aberto: %2</translation>
    </message>
    <message>
        <source>it was written by a newer Brickdesk (schema %1)</source>
        <translation>ele foi gravado por um Brickdesk mais novo (esquema %1)</translation>
    </message>
    <message>
        <source>The local archive was updated to a new format (from version %1 to %2).</source>
        <translation>O arquivo local foi atualizado para um novo formato (da versão %1 para a %2).</translation>
    </message>
    <message>
        <source>it is not at schema %1</source>
        <translation>ele não está no esquema %1</translation>
    </message>
</context>
<context>
    <name>ArchiveDatabase</name>
    <message>
        <source>The archive&apos;s sync state could not be saved</source>
        <translation>O estado de sincronização do arquivo local não pôde ser salvo</translation>
    </message>
    <message>
        <source>The archive could not be searched</source>
        <translation>Não foi possível buscar no arquivo local</translation>
    </message>
    <message>
        <source>A billed-cost answer could not be kept in the archive</source>
        <translation>Uma resposta de custo faturado não pôde ser guardada no arquivo local</translation>
    </message>
</context>
<context>
    <name>ArchiveJobStore</name>
    <message>
        <source>Job settings could not be archived</source>
        <translation>As configurações do job não puderam ser arquivadas</translation>
    </message>
</context>
<context>
    <name>ArchivePruner</name>
    <message>
        <source>The archive could not be pruned</source>
        <translation>Não foi possível podar o arquivo local</translation>
    </message>
    <message>
        <source>The space could not be given back to the disk</source>
        <translation>Não foi possível devolver o espaço ao disco</translation>
    </message>
    <message>
        <source>Another program is reading the archive, so part of the space is given back only when it stops.</source>
        <translation>Outro programa está lendo o arquivo local; parte do espaço só será devolvida quando ele parar.</translation>
    </message>
</context>
<context>
    <name>ArchiveRunStore</name>
    <message>
        <source>Runs could not be archived</source>
        <translation>As execuções não puderam ser arquivadas</translation>
    </message>
</context>
<context>
    <name>ArchiveTimelineStore</name>
    <message>
        <source>The node timeline could not be archived</source>
        <translation>A linha do tempo de nós não pôde ser arquivada</translation>
    </message>
</context>
<context>
    <name>ClusterStateBadge</name>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Reiniciando</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>Redimensionando</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Encerrando</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Encerrado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
</context>
<context>
    <name>CommandLineIds</name>
    <message>
        <source>--%1 needs an id that is a whole number from 1 to %2, not “%3”.</source>
        <translation>--%1 precisa de um id que seja um número inteiro de 1 a %2, não “%3”.</translation>
    </message>
    <message>
        <source>--%1 needs a cluster id such as 0123-456789-abcdefgh (letters, digits, &apos;-&apos; and &apos;_&apos;), not “%2”.</source>
        <translation>--%1 precisa de um id de cluster como 0123-456789-abcdefgh (letras, dígitos, &apos;-&apos; e &apos;_&apos;), não “%2”.</translation>
    </message>
</context>
<context>
    <name>EventSummary</name>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Criando</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Reiniciando</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>Redimensionando</translation>
    </message>
    <message>
        <source>Upsize completed</source>
        <translation>Aumento concluído</translation>
    </message>
    <message>
        <source>Nodes lost</source>
        <translation>Nós perdidos</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Encerrando</translation>
    </message>
    <message>
        <source>Driver healthy</source>
        <translation>Driver saudável</translation>
    </message>
    <message>
        <source>Driver unavailable</source>
        <translation>Driver indisponível</translation>
    </message>
    <message>
        <source>Driver not responding</source>
        <translation>Driver sem resposta</translation>
    </message>
    <message>
        <source>Spark exception</source>
        <translation>Exceção do Spark</translation>
    </message>
    <message>
        <source>DBFS down</source>
        <translation>DBFS fora do ar</translation>
    </message>
    <message>
        <source>Metastore down</source>
        <translation>Metastore fora do ar</translation>
    </message>
    <message>
        <source>Init scripts started</source>
        <translation>Init scripts iniciados</translation>
    </message>
    <message>
        <source>Init scripts finished</source>
        <translation>Init scripts concluídos</translation>
    </message>
    <message>
        <source>Disk not expanded</source>
        <translation>Disco não expandido</translation>
    </message>
    <message>
        <source>Disk expanded</source>
        <translation>Disco expandido</translation>
    </message>
    <message>
        <source>Disk expansion failed</source>
        <translation>Falha ao expandir disco</translation>
    </message>
    <message>
        <source>Node excluded</source>
        <translation>Nó excluído</translation>
    </message>
    <message>
        <source>Decommissioned node excluded</source>
        <translation>Nó desativado excluído</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fixado</translation>
    </message>
    <message>
        <source>Unpinned</source>
        <translation>Desafixado</translation>
    </message>
    <message>
        <source>Autoscaling report</source>
        <translation>Relatório de autoscaling</translation>
    </message>
    <message>
        <source>Autoscaling backoff</source>
        <translation>Autoscaling em espera</translation>
    </message>
    <message>
        <source>Autoscaling failed</source>
        <translation>Falha no autoscaling</translation>
    </message>
    <message>
        <source>Adding nodes failed</source>
        <translation>Falha ao adicionar nós</translation>
    </message>
    <message>
        <source>Decommission started</source>
        <translation>Desativação iniciada</translation>
    </message>
    <message>
        <source>Decommission ended</source>
        <translation>Desativação concluída</translation>
    </message>
    <message>
        <source>Automatic update</source>
        <translation>Atualização automática</translation>
    </message>
    <message>
        <source>Cluster migrated</source>
        <translation>Cluster migrado</translation>
    </message>
    <message>
        <source>Policy enforcement scheduled</source>
        <translation>Aplicação de política agendada</translation>
    </message>
    <message>
        <source>Policy enforcement failed</source>
        <translation>Falha na aplicação de política</translation>
    </message>
    <message>
        <source>Volume misconfigured</source>
        <translation>Volume mal configurado</translation>
    </message>
    <message>
        <source>spot preemption</source>
        <translation>preempção de instância spot</translation>
    </message>
    <message>
        <source>cloud provider out of capacity</source>
        <translation>provedor de nuvem sem capacidade</translation>
    </message>
    <message>
        <source>cloud provider launch failure</source>
        <translation>falha do provedor de nuvem ao iniciar</translation>
    </message>
    <message>
        <source>cloud provider shutdown</source>
        <translation>desligamento pelo provedor de nuvem</translation>
    </message>
    <message>
        <source>instance unreachable</source>
        <translation>instância inacessível</translation>
    </message>
    <message>
        <source>instance pool failure</source>
        <translation>falha do pool de instâncias</translation>
    </message>
    <message>
        <source>user request</source>
        <translation>pedido do usuário</translation>
    </message>
    <message>
        <source>inactivity</source>
        <translation>inatividade</translation>
    </message>
    <message>
        <source>job finished</source>
        <translation>job concluído</translation>
    </message>
    <message>
        <source>driver unreachable</source>
        <translation>driver inacessível</translation>
    </message>
    <message>
        <source>driver unresponsive</source>
        <translation>driver sem resposta</translation>
    </message>
    <message>
        <source>Spark failed to start</source>
        <translation>o Spark não iniciou</translation>
    </message>
    <message>
        <source>init script failed</source>
        <translation>falha no init script</translation>
    </message>
    <message>
        <source>quota exceeded</source>
        <translation>cota excedida</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>erro interno</translation>
    </message>
    <message>
        <source>autoscale</source>
        <translation>autoscaling</translation>
    </message>
    <message>
        <source>autorecovery</source>
        <translation>recuperação automática</translation>
    </message>
    <message>
        <source>replacing bad nodes</source>
        <translation>substituindo nós com defeito</translation>
    </message>
    <message>
        <source>1 worker</source>
        <translation>1 worker</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>%1 workers</translation>
    </message>
    <message>
        <source>%1–%2 workers (autoscale)</source>
        <translation>%1–%2 workers (autoscaling)</translation>
    </message>
    <message>
        <source>%1 of %2 workers</source>
        <translation>%1 de %2 workers</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> por %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Creating cluster</source>
        <translation>Criando o cluster</translation>
    </message>
    <message>
        <source>Creating cluster with %1</source>
        <translation>Criando o cluster com %1</translation>
    </message>
    <message>
        <source>Starting cluster</source>
        <translation>Iniciando o cluster</translation>
    </message>
    <message>
        <source>Restarting cluster</source>
        <translation>Reiniciando o cluster</translation>
    </message>
    <message>
        <source>Cluster running</source>
        <translation>Cluster em execução</translation>
    </message>
    <message>
        <source>Running with %1</source>
        <translation>Em execução com %1</translation>
    </message>
    <message>
        <source>Configuration edited: %1 → %2</source>
        <translation>Configuração editada: %1 → %2</translation>
    </message>
    <message>
        <source>Configuration edited: %1</source>
        <translation>Configuração editada: %1</translation>
    </message>
    <message>
        <source>Configuration edited</source>
        <translation>Configuração editada</translation>
    </message>
    <message>
        <source>Resizing %1 → %2 workers</source>
        <translation>Redimensionando %1 → %2 workers</translation>
    </message>
    <message>
        <source>Resizing to %1</source>
        <translation>Redimensionando para %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Upsize completed: %1</source>
        <translation>Aumento concluído: %1</translation>
    </message>
    <message>
        <source>1 node lost</source>
        <translation>1 nó perdido</translation>
    </message>
    <message>
        <source>%1 nodes lost</source>
        <translation>%1 nós perdidos</translation>
    </message>
    <message>
        <source>Terminating: %1</source>
        <translation>Encerrando: %1</translation>
    </message>
    <message>
        <source>Driver is healthy</source>
        <translation>O driver está saudável</translation>
    </message>
    <message>
        <source>DBFS is down (driver up)</source>
        <translation>O DBFS está fora do ar (driver ativo)</translation>
    </message>
    <message>
        <source>Metastore is down (driver up)</source>
        <translation>O metastore está fora do ar (driver ativo)</translation>
    </message>
    <message>
        <source>1 init script started</source>
        <translation>1 init script iniciado</translation>
    </message>
    <message>
        <source>1 init script finished</source>
        <translation>1 init script concluído</translation>
    </message>
    <message>
        <source>%1 init scripts started</source>
        <translation>%1 init scripts iniciados</translation>
    </message>
    <message>
        <source>%1 init scripts finished</source>
        <translation>%1 init scripts concluídos</translation>
    </message>
    <message>
        <source>Disk low but not expanded (at maximum size)</source>
        <translation>Pouco espaço em disco, mas sem expansão (tamanho máximo atingido)</translation>
    </message>
    <message>
        <source>Disk low but not expanded: %1</source>
        <translation>Pouco espaço em disco, mas sem expansão: %1</translation>
    </message>
    <message>
        <source>Disk expanded from %1 to %2</source>
        <translation>Disco expandido de %1 para %2</translation>
    </message>
    <message>
        <source>Disk expanded to %1</source>
        <translation>Disco expandido para %1</translation>
    </message>
    <message>
        <source>Failed to expand disk (%1 free)</source>
        <translation>Falha ao expandir o disco (%1 livres)</translation>
    </message>
    <message>
        <source>Failed to expand disk</source>
        <translation>Falha ao expandir o disco</translation>
    </message>
    <message>
        <source>Node excluded by Spark</source>
        <translation>Nó excluído pelo Spark</translation>
    </message>
    <message>
        <source>Node %1 excluded by Spark</source>
        <translation>Nó %1 excluído pelo Spark</translation>
    </message>
    <message>
        <source>Decommissioned node %1 excluded</source>
        <translation>Nó desativado %1 excluído</translation>
    </message>
    <message>
        <source>Cluster pinned</source>
        <translation>Cluster fixado</translation>
    </message>
    <message>
        <source>Cluster unpinned</source>
        <translation>Cluster desafixado</translation>
    </message>
    <message>
        <source>Autoscaling report: %1, target %2</source>
        <translation>Relatório de autoscaling: %1, alvo %2</translation>
    </message>
    <message>
        <source>Autoscaling statistics report</source>
        <translation>Relatório de estatísticas do autoscaling</translation>
    </message>
    <message>
        <source>Autoscaling backing off after failures</source>
        <translation>Autoscaling aguardando após falhas</translation>
    </message>
    <message>
        <source>Could not add nodes</source>
        <translation>Não foi possível adicionar nós</translation>
    </message>
    <message>
        <source>Decommissioning nodes: %1 → %2 workers</source>
        <translation>Desativando nós: %1 → %2 workers</translation>
    </message>
    <message>
        <source>Decommissioning nodes</source>
        <translation>Desativando nós</translation>
    </message>
    <message>
        <source>Decommissioning finished: %1</source>
        <translation>Desativação concluída: %1</translation>
    </message>
    <message>
        <source>Decommissioning finished</source>
        <translation>Desativação concluída</translation>
    </message>
    <message>
        <source>Automatic cluster update</source>
        <translation>Atualização automática do cluster</translation>
    </message>
    <message>
        <source>Unity Catalog volume misconfigured</source>
        <translation>Volume do Unity Catalog mal configurado</translation>
    </message>
    <message>
        <source>Unknown event</source>
        <translation>Evento desconhecido</translation>
    </message>
    <message>
        <source>%1 event</source>
        <translation>Evento %1</translation>
    </message>
    <message>
        <source>%1; not expanded: %2</source>
        <translation>%1; não expandido: %2</translation>
    </message>
</context>
<context>
    <name>JobDrift</name>
    <message>
        <source>Not compared, as they differ between workspaces anyway: job ID, creation time, creator, who the job runs as when that is its creator (the default), where a bundle keeps its deployment state (deployment.metadata_file_path), and empty settings ({} or []).</source>
        <translation>Não comparados, pois diferem entre workspaces de qualquer forma: ID do job, data de criação, criador, com quem o job é executado quando é o próprio criador (o padrão), onde um bundle guarda o estado da implantação (deployment.metadata_file_path) e configurações vazias ({} ou []).</translation>
    </message>
</context>
<context>
    <name>JobFormDrafts</name>
    <message>
        <source>The draft could not be written to %1: %2</source>
        <translation>O rascunho não pôde ser gravado em %1: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>a pasta não pode ser criada</translation>
    </message>
</context>
<context>
    <name>JobOverview</name>
    <message>
        <source>autoscale %1–%2 workers</source>
        <translation>autoscaling de %1–%2 workers</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>ID do job</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Criado por</translation>
    </message>
    <message>
        <source>(deleted user)</source>
        <translation>(usuário excluído)</translation>
    </message>
    <message>
        <source>Runs as</source>
        <translation>Executa como</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Schedule / trigger</source>
        <translation>Agendamento / gatilho</translation>
    </message>
    <message>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>Watched location</source>
        <translation>Local monitorado</translation>
    </message>
    <message>
        <source>Max concurrent runs</source>
        <translation>Máx. de execuções simultâneas</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tempo limite</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Queueing</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ativado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Git source</source>
        <translation>Origem Git</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Tarefas (%1)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Type and target</source>
        <translation>Tipo e destino</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Computação</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <source>Retries / timeout</source>
        <translation>Tentativas / tempo limite</translation>
    </message>
    <message>
        <source>Cluster &lt;a href=&apos;cluster:%1&apos;&gt;%1&lt;/a&gt;</source>
        <translation>Cluster &lt;a href=&apos;cluster:%1&apos;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>New cluster: %1</source>
        <translation>Novo cluster: %1</translation>
    </message>
    <message>
        <source>Job cluster “%1”</source>
        <translation>Job cluster “%1”</translation>
    </message>
    <message>
        <source>Serverless (%1)</source>
        <translation>Serverless (%1)</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Serverless</translation>
    </message>
    <message>
        <source>retries forever</source>
        <translation>tenta indefinidamente</translation>
    </message>
    <message>
        <source>timeout %1</source>
        <translation>tempo limite %1</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (desativado)</translation>
    </message>
    <message>
        <source>Job clusters</source>
        <translation>Job clusters</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>On start</source>
        <translation>Ao iniciar</translation>
    </message>
    <message>
        <source>On success</source>
        <translation>Em caso de sucesso</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>Em caso de falha</translation>
    </message>
    <message>
        <source>On duration warning</source>
        <translation>Em alerta de duração</translation>
    </message>
    <message>
        <source>On streaming backlog</source>
        <translation>Em backlog de streaming</translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation>webhook %1</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissões</translation>
    </message>
    <message>
        <source>1 worker</source>
        <translation>1 worker</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>%1 workers</translation>
    </message>
    <message>
        <source>1 retry</source>
        <translation>1 nova tentativa</translation>
    </message>
    <message>
        <source>%1 retries</source>
        <translation>%1 novas tentativas</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (grupo)</translation>
    </message>
    <message>
        <source>%1 (service principal)</source>
        <translation>%1 (service principal)</translation>
    </message>
    <message>
        <source>%1 (inherited)</source>
        <translation>%1 (herdada)</translation>
    </message>
    <message>
        <source>%1 (inherited from %2)</source>
        <translation>%1 (herdada de %2)</translation>
    </message>
    <message>
        <source>Can view</source>
        <translation>Pode ver</translation>
    </message>
    <message>
        <source>Can manage run</source>
        <translation>Pode gerenciar execuções</translation>
    </message>
    <message>
        <source>Can manage</source>
        <translation>Pode gerenciar</translation>
    </message>
    <message>
        <source>Is owner</source>
        <translation>É proprietário</translation>
    </message>
    <message>
        <source>Deployed from a bundle; edit the bundle, or unlock it.</source>
        <translation>Implantado a partir de um bundle; edite o bundle ou desbloqueie-o.</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Script Python</translation>
    </message>
    <message>
        <source>Python wheel</source>
        <translation>Wheel Python</translation>
    </message>
    <message>
        <source>JAR</source>
        <translation>JAR</translation>
    </message>
    <message>
        <source>Spark submit</source>
        <translation>Spark submit</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Lakeflow Declarative Pipelines</source>
        <translation>Lakeflow Declarative Pipelines</translation>
    </message>
    <message>
        <source>Run job</source>
        <translation>Executar job</translation>
    </message>
    <message>
        <source>dbt</source>
        <translation>dbt</translation>
    </message>
    <message>
        <source>If/else condition</source>
        <translation>Condição se/senão</translation>
    </message>
    <message>
        <source>For each</source>
        <translation>Para cada</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>SQL alert</source>
        <translation>Alerta SQL</translation>
    </message>
    <message>
        <source>Power BI</source>
        <translation>Power BI</translation>
    </message>
    <message>
        <source>dbt platform</source>
        <translation>plataforma dbt</translation>
    </message>
    <message>
        <source>dbt Cloud (deprecated)</source>
        <translation>dbt Cloud (obsoleto)</translation>
    </message>
    <message>
        <source>(no task type)</source>
        <translation>(sem tipo de tarefa)</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (pausado)</translation>
    </message>
    <message>
        <source>Schedule: %1 (%2)%3</source>
        <translation>Agendamento: %1 (%2)%3</translation>
    </message>
    <message>
        <source>Continuous%1</source>
        <translation>Contínuo%1</translation>
    </message>
    <message>
        <source>File arrival: %1</source>
        <translation>Chegada de arquivo: %1</translation>
    </message>
    <message>
        <source>Table update: %1</source>
        <translation>Atualização de tabela: %1</translation>
    </message>
    <message>
        <source>Table update: %1 (%2)</source>
        <translation>Atualização de tabela: %1 (%2)</translation>
    </message>
    <message>
        <source>Periodic: every %1 %2</source>
        <translation>Periódico: a cada %1 %2</translation>
    </message>
    <message>
        <source>Model: %1, %2%3</source>
        <translation>Modelo: %1, %2%3</translation>
    </message>
    <message>
        <source>SQL condition: query %1 on warehouse %2</source>
        <translation>Condição SQL: consulta %1 no warehouse %2</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>Bloqueado.</translation>
    </message>
    <message>
        <source>Bundle deployment: %1</source>
        <translation>Implantação do bundle: %1</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Gatilho</translation>
    </message>
    <message>
        <source>Performance target</source>
        <translation>Meta de desempenho</translation>
    </message>
    <message>
        <source>Budget policy</source>
        <translation>Política de orçamento</translation>
    </message>
    <message>
        <source>Usage policy</source>
        <translation>Política de uso</translation>
    </message>
    <message>
        <source>Edit mode</source>
        <translation>Modo de edição</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Serverless (%1, environment version %2)</source>
        <translation>Serverless (%1, versão de ambiente %2)</translation>
    </message>
    <message>
        <source>Serverless (%1, base %2)</source>
        <translation>Serverless (%1, base %2)</translation>
    </message>
    <message>
        <source>if true</source>
        <translation>se verdadeiro</translation>
    </message>
    <message>
        <source>if false</source>
        <translation>se falso</translation>
    </message>
    <message>
        <source>job &lt;a href=&apos;job:%1&apos;&gt;%1&lt;/a&gt;</source>
        <translation>job &lt;a href=&apos;job:%1&apos;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 at a time: %3 “%4” %5</source>
        <translation>%1, %2 por vez: %3 “%4” %5</translation>
    </message>
    <message>
        <source>Serverless environments</source>
        <translation>Ambientes serverless</translation>
    </message>
    <message>
        <source>environment version %1</source>
        <translation>versão de ambiente %1</translation>
    </message>
    <message>
        <source>base %1</source>
        <translation>base %1</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>cliente %1</translation>
    </message>
    <message>
        <source>dependencies: %1</source>
        <translation>dependências: %1</translation>
    </message>
</context>
<context>
    <name>JobSettingsForm</name>
    <message>
        <source>New job</source>
        <translation>Novo job</translation>
    </message>
    <message>
        <source>A job needs a name.</source>
        <translation>Um job precisa de um nome.</translation>
    </message>
    <message>
        <source>The name is longer than 4096 bytes.</source>
        <translation>O nome tem mais de 4096 bytes.</translation>
    </message>
    <message>
        <source>The description is longer than 27700 characters.</source>
        <translation>A descrição tem mais de 27700 caracteres.</translation>
    </message>
    <message>
        <source>A job can have at most 25 tags.</source>
        <translation>Um job pode ter no máximo 25 tags.</translation>
    </message>
    <message>
        <source>Tag names cannot be empty.</source>
        <translation>Os nomes das tags não podem ficar vazios.</translation>
    </message>
    <message>
        <source>A job cluster needs a key.</source>
        <translation>Um job cluster precisa de uma chave.</translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;_&apos; and &apos;-&apos; in the cluster key.</source>
        <translation>Use apenas letras, dígitos, &apos;_&apos; e &apos;-&apos; na chave do cluster.</translation>
    </message>
    <message>
        <source>The cluster key &quot;%1&quot; is used twice.</source>
        <translation>A chave de cluster &quot;%1&quot; foi usada duas vezes.</translation>
    </message>
    <message>
        <source>Pick a Databricks Runtime version.</source>
        <translation>Escolha uma versão do Databricks Runtime.</translation>
    </message>
    <message>
        <source>Pick a node type.</source>
        <translation>Escolha um tipo de nó.</translation>
    </message>
    <message>
        <source>Minimum workers cannot be negative.</source>
        <translation>O mínimo de workers não pode ser negativo.</translation>
    </message>
    <message>
        <source>Maximum workers must be at least 1 and not less than the minimum.</source>
        <translation>O máximo de workers deve ser pelo menos 1 e não pode ser menor que o mínimo.</translation>
    </message>
    <message>
        <source>Workers must be between 0 and 100000.</source>
        <translation>O número de workers deve estar entre 0 e 100000.</translation>
    </message>
    <message>
        <source>Add at least one task.</source>
        <translation>Adicione pelo menos uma tarefa.</translation>
    </message>
    <message>
        <source>A job can have at most 1000 tasks.</source>
        <translation>Um job pode ter no máximo 1000 tarefas.</translation>
    </message>
    <message>
        <source>A task needs a key.</source>
        <translation>Uma tarefa precisa de uma chave.</translation>
    </message>
    <message>
        <source>The task key is longer than 100 characters.</source>
        <translation>A chave da tarefa tem mais de 100 caracteres.</translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;_&apos; and &apos;-&apos; in the task key.</source>
        <translation>Use apenas letras, dígitos, &apos;_&apos; e &apos;-&apos; na chave da tarefa.</translation>
    </message>
    <message>
        <source>The task key &quot;%1&quot; is used twice.</source>
        <translation>A chave de tarefa &quot;%1&quot; foi usada duas vezes.</translation>
    </message>
    <message>
        <source>A task cannot depend on itself.</source>
        <translation>Uma tarefa não pode depender de si mesma.</translation>
    </message>
    <message>
        <source>Depends on &quot;%1&quot;, which is not a task of this job.</source>
        <translation>Depende de &quot;%1&quot;, que não é uma tarefa deste job.</translation>
    </message>
    <message>
        <source>Depends on &quot;%1&quot; twice.</source>
        <translation>Depende de &quot;%1&quot; duas vezes.</translation>
    </message>
    <message>
        <source>Enter the notebook path.</source>
        <translation>Informe o caminho do notebook.</translation>
    </message>
    <message>
        <source>A workspace notebook path must be absolute (start with &apos;/&apos;).</source>
        <translation>O caminho de um notebook do workspace deve ser absoluto (começar com &apos;/&apos;).</translation>
    </message>
    <message>
        <source>Enter the Python file.</source>
        <translation>Informe o arquivo Python.</translation>
    </message>
    <message>
        <source>Enter the package name.</source>
        <translation>Informe o nome do pacote.</translation>
    </message>
    <message>
        <source>Enter the entry point.</source>
        <translation>Informe o ponto de entrada.</translation>
    </message>
    <message>
        <source>Enter the main class.</source>
        <translation>Informe a classe principal.</translation>
    </message>
    <message>
        <source>Enter the SQL warehouse ID.</source>
        <translation>Informe o ID do SQL warehouse.</translation>
    </message>
    <message>
        <source>Enter the query, file, alert or dashboard.</source>
        <translation>Informe a consulta, o arquivo, o alerta ou o dashboard.</translation>
    </message>
    <message>
        <source>Enter the ID of the job to run.</source>
        <translation>Informe o ID do job a executar.</translation>
    </message>
    <message>
        <source>Choose the compute this task runs on.</source>
        <translation>Escolha a computação em que esta tarefa é executada.</translation>
    </message>
    <message>
        <source>This task type cannot run on the chosen compute.</source>
        <translation>Este tipo de tarefa não pode ser executado na computação escolhida.</translation>
    </message>
    <message>
        <source>Pick a cluster.</source>
        <translation>Escolha um cluster.</translation>
    </message>
    <message>
        <source>Pick a job cluster.</source>
        <translation>Escolha um job cluster.</translation>
    </message>
    <message>
        <source>The job cluster &quot;%1&quot; is not defined in this job.</source>
        <translation>O job cluster &quot;%1&quot; não está definido neste job.</translation>
    </message>
    <message>
        <source>Retries must be -1 (forever) or more.</source>
        <translation>As tentativas devem ser -1 (indefinidamente) ou mais.</translation>
    </message>
    <message>
        <source>The retry interval cannot be negative.</source>
        <translation>O intervalo entre tentativas não pode ser negativo.</translation>
    </message>
    <message>
        <source>The timeout cannot be negative.</source>
        <translation>O tempo limite não pode ser negativo.</translation>
    </message>
    <message>
        <source>Dependency cycle between %1.</source>
        <translation>Ciclo de dependências entre %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone.</source>
        <translation>&quot;%1&quot; não é um fuso horário conhecido.</translation>
    </message>
    <message>
        <source>Enter the storage location to watch.</source>
        <translation>Informe o local de armazenamento a monitorar.</translation>
    </message>
    <message>
        <source>Use at least 60 seconds.</source>
        <translation>Use pelo menos 60 segundos.</translation>
    </message>
    <message>
        <source>The interval must be at least 1.</source>
        <translation>O intervalo deve ser pelo menos 1.</translation>
    </message>
    <message>
        <source>Pick minutes, hours, days or weeks.</source>
        <translation>Escolha minutos, horas, dias ou semanas.</translation>
    </message>
    <message>
        <source>A parameter needs a name.</source>
        <translation>Um parâmetro precisa de um nome.</translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos; in parameter names.</source>
        <translation>Use apenas letras, dígitos, &apos;_&apos;, &apos;-&apos; e &apos;.&apos; nos nomes de parâmetros.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; is defined twice.</source>
        <translation>O parâmetro &quot;%1&quot; está definido duas vezes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>Maximum concurrent runs must be between 0 and 1000.</source>
        <translation>O máximo de execuções simultâneas deve estar entre 0 e 1000.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <source>Enter the inputs: a JSON array or a reference to one.</source>
        <translation>Informe as entradas: um array JSON ou uma referência a um.</translation>
    </message>
    <message>
        <source>Define the task that runs for each input.</source>
        <translation>Defina a tarefa que é executada para cada entrada.</translation>
    </message>
    <message>
        <source>Run between 1 and 100 iterations at once.</source>
        <translation>Execute entre 1 e 100 iterações ao mesmo tempo.</translation>
    </message>
    <message>
        <source>Pick how to compare the two values.</source>
        <translation>Escolha como comparar os dois valores.</translation>
    </message>
    <message>
        <source>Enter the pipeline ID.</source>
        <translation>Informe o ID do pipeline.</translation>
    </message>
    <message>
        <source>Enter the dashboard ID.</source>
        <translation>Informe o ID do painel.</translation>
    </message>
    <message>
        <source>Enter the alert ID.</source>
        <translation>Informe o ID do alerta.</translation>
    </message>
    <message>
        <source>Enter at least one table to watch.</source>
        <translation>Informe pelo menos uma tabela a observar.</translation>
    </message>
    <message>
        <source>Pick what about the model starts the job.</source>
        <translation>Escolha o que no modelo inicia o job.</translation>
    </message>
    <message>
        <source>Enter the query whose result is watched.</source>
        <translation>Informe a consulta cujo resultado é observado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is on more than one line of %2. Keep one line per name: only one value can be saved for it.</source>
        <extracomment>%1 is the name typed twice; %2 the field, with its article: &quot;the tags&quot;, &quot;the parameters of task &quot;t&quot;&quot;.</extracomment>
        <translation>&quot;%1&quot; aparece em mais de uma linha d%2. Deixe uma linha por nome: só um valor pode ser salvo para ele.</translation>
    </message>
    <message>
        <source>the tags</source>
        <translation>as tags</translation>
    </message>
    <message>
        <source>the tags of job cluster &quot;%1&quot;</source>
        <translation>as tags do cluster do job &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the Spark conf of job cluster &quot;%1&quot;</source>
        <translation>a conf do Spark do cluster do job &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the job parameters of task &quot;%1&quot;</source>
        <translation>os parâmetros do job da tarefa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the parameters of task &quot;%1&quot;</source>
        <translation>os parâmetros da tarefa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The environment key &quot;%1&quot; is declared more than once (lines %2). Keep one line per key: a task names its environment by key.</source>
        <extracomment>%1 is the environment key; %2 the entries (lines) of the field that declare it: &quot;1, 3&quot;.</extracomment>
        <translation>A chave de ambiente &quot;%1&quot; está declarada mais de uma vez (linhas %2). Mantenha uma linha por chave: uma tarefa indica o ambiente dela pela chave.</translation>
    </message>
</context>
<context>
    <name>JobTaskForm</name>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Python script</source>
        <translation>Script Python</translation>
    </message>
    <message>
        <source>Python wheel</source>
        <translation>Python wheel</translation>
    </message>
    <message>
        <source>JAR</source>
        <translation>JAR</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Run another job</source>
        <translation>Executar outro job</translation>
    </message>
    <message>
        <source>Other (kept as is)</source>
        <translation>Outro (mantido como está)</translation>
    </message>
    <message>
        <source>For each</source>
        <translation>Para cada</translation>
    </message>
    <message>
        <source>If/else condition</source>
        <translation>Condição se/senão</translation>
    </message>
    <message>
        <source>Lakeflow Declarative Pipeline</source>
        <translation>Lakeflow Declarative Pipeline</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Power BI</source>
        <translation>Power BI</translation>
    </message>
    <message>
        <source>SQL alert</source>
        <translation>Alerta SQL</translation>
    </message>
    <message>
        <source>dbt platform</source>
        <translation>dbt platform</translation>
    </message>
</context>
<context>
    <name>JsonDiff</name>
    <message>
        <source>%1: removed</source>
        <translation>%1: removido</translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation>%1: adicionado %2</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1: adicionado</translation>
    </message>
    <message>
        <source>%1: order changed</source>
        <translation>%1: ordem alterada</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>... and %1 more changes</source>
        <translation>... e mais %1 alterações</translation>
    </message>
</context>
<context>
    <name>PageTokenGuard</name>
    <message>
        <source>The server handed out a page token it had already given (page %1, %2 items so far), so following it would never end.</source>
        <translation>O servidor entregou um token de página que já tinha entregue (página %1, %2 itens até agora), então segui-lo não terminaria nunca.</translation>
    </message>
    <message>
        <source>The server kept answering with empty pages that point to yet another page (%1 in a row after %2 items), so Brickdesk stopped following them.</source>
        <translation>O servidor continuou respondendo com páginas vazias que apontam para mais uma página (%1 seguidas depois de %2 itens), então o Brickdesk parou de segui-las.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Link not opened</source>
        <translation>Link não aberto</translation>
    </message>
    <message>
        <source>The workspace gave this address, which is not on its own secure address (%1), so Brickdesk does not open it:

%2</source>
        <translation>O workspace forneceu este endereço, que não está no seu próprio endereço seguro (%1), então o Brickdesk não o abre:

%2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Brickdesk</source>
        <translation>Brickdesk</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>Não foi possível abrir “%1”: %2</translation>
    </message>
</context>
<context>
    <name>QuartzCron</name>
    <message>
        <source>%1 and %2</source>
        <comment>list: &apos;A, B and C&apos;</comment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primeira</translation>
    </message>
    <message>
        <source>second</source>
        <translation>segunda</translation>
    </message>
    <message>
        <source>third</source>
        <translation>terceira</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>quarta</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>quinta</translation>
    </message>
    <message>
        <source>expected 6 or 7 fields (seconds minutes hours day-of-month month day-of-week [year]), found %1</source>
        <translation>esperados 6 ou 7 campos (segundos minutos horas dia-do-mês mês dia-da-semana [ano]), encontrados %1</translation>
    </message>
    <message>
        <source>day of month and day of week cannot both be &apos;?&apos;</source>
        <translation>dia do mês e dia da semana não podem ser ambos &apos;?&apos;</translation>
    </message>
    <message>
        <source>one of day of month and day of week must be &apos;?&apos; (e.g. &quot;0 0 2 * * ?&quot; or &quot;0 0 2 ? * MON&quot;)</source>
        <translation>dia do mês ou dia da semana deve ser &apos;?&apos; (por exemplo &quot;0 0 2 * * ?&quot; ou &quot;0 0 2 ? * MON&quot;)</translation>
    </message>
    <message>
        <source>empty cron expression</source>
        <translation>expressão cron vazia</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>Dia do mês</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation>Dia da semana</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>&apos;?&apos; is only allowed in day of month or day of week</source>
        <translation>&apos;?&apos; só é permitido no dia do mês ou no dia da semana</translation>
    </message>
    <message>
        <source>missing value</source>
        <translation>valor ausente</translation>
    </message>
    <message>
        <source>value %1 is out of range %2-%3</source>
        <translation>o valor %1 está fora do intervalo %2-%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month (1-12 or JAN-DEC)</source>
        <translation>&apos;%1&apos; não é um mês (1-12 ou JAN-DEC)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of week (1-7 or SUN-SAT)</source>
        <translation>&apos;%1&apos; não é um dia da semana (1-7 ou SUN-SAT)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; não é um número</translation>
    </message>
    <message>
        <source>empty list element</source>
        <translation>elemento de lista vazio</translation>
    </message>
    <message>
        <source>&apos;?&apos; cannot be combined with other values</source>
        <translation>&apos;?&apos; não pode ser combinado com outros valores</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the offset after &apos;L-&apos; must be 0-30</source>
        <translation>&apos;%1&apos;: o deslocamento após &apos;L-&apos; deve ser 0-30</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid; use L, L-n, LW or nW</source>
        <translation>&apos;%1&apos; não é válido; use L, L-n, LW ou nW</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the number after &apos;#&apos; must be 1-5</source>
        <translation>&apos;%1&apos;: o número após &apos;#&apos; deve ser 1-5</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the step after &apos;/&apos; must be 1-%2</source>
        <translation>&apos;%1&apos;: o passo após &apos;/&apos; deve ser 1-%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the range ends before it starts</source>
        <translation>&apos;%1&apos;: o intervalo termina antes de começar</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>on the last day of the month</source>
        <translation>no último dia do mês</translation>
    </message>
    <message>
        <source>1 day before the last day of the month</source>
        <translation>1 dia antes do último dia do mês</translation>
    </message>
    <message>
        <source>%1 days before the last day of the month</source>
        <translation>%1 dias antes do último dia do mês</translation>
    </message>
    <message>
        <source>on the last weekday of the month</source>
        <translation>no último dia útil do mês</translation>
    </message>
    <message>
        <source>on the weekday nearest day %1 of the month</source>
        <translation>no dia útil mais próximo do dia %1 do mês</translation>
    </message>
    <message>
        <source>on day %1 of the month</source>
        <translation>no dia %1 do mês</translation>
    </message>
    <message>
        <source>on days %1 of the month</source>
        <translation>nos dias %1 do mês</translation>
    </message>
    <message>
        <source>every %1 days of the month</source>
        <translation>a cada %1 dias do mês</translation>
    </message>
    <message>
        <source>on the last %1 of the month</source>
        <translation>na última ocorrência de %1 no mês</translation>
    </message>
    <message>
        <source>on the %1 %2 of the month</source>
        <translation>na %1 ocorrência de %2 no mês</translation>
    </message>
    <message>
        <source>on weekdays</source>
        <translation>em dias úteis</translation>
    </message>
    <message>
        <source>on weekends</source>
        <translation>nos fins de semana</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>Cron schedule %1</source>
        <translation>Agendamento cron %1</translation>
    </message>
    <message>
        <source>Every second</source>
        <translation>A cada segundo</translation>
    </message>
    <message>
        <source>Every %1 seconds</source>
        <translation>A cada %1 segundos</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>A cada minuto</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>A cada %1 minutos</translation>
    </message>
    <message>
        <source>Every %1 minutes from minute %2</source>
        <translation>A cada %1 minutos a partir do minuto %2</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>A cada hora</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>A cada %1 horas</translation>
    </message>
    <message>
        <source>Every hour at minute %1</source>
        <translation>A cada hora no minuto %1</translation>
    </message>
    <message>
        <source>Every %1 hours from %2</source>
        <translation>A cada %1 horas a partir de %2</translation>
    </message>
    <message>
        <source>%1, between %2 and %3</source>
        <translation>%1, entre %2 e %3</translation>
    </message>
    <message>
        <source>Every day at %1</source>
        <translation>Todos os dias às %1</translation>
    </message>
    <message>
        <source>At %1 %2</source>
        <translation>Às %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>description followed by time zone</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ReachableWorkspaces</name>
    <message>
        <source>personal access token</source>
        <translation>token de acesso pessoal</translation>
    </message>
    <message>
        <source>service principal (OAuth)</source>
        <translation>entidade de serviço (OAuth)</translation>
    </message>
    <message>
        <source>sign-in in the browser (OAuth)</source>
        <translation>entrada pelo navegador (OAuth)</translation>
    </message>
    <message>
        <source>environment variable DATABRICKS_HOST</source>
        <translation>variável de ambiente DATABRICKS_HOST</translation>
    </message>
    <message>
        <source>DATABRICKS_HOST is not a workspace URL.</source>
        <translation>DATABRICKS_HOST não é uma URL de workspace.</translation>
    </message>
    <message>
        <source>This profile has no host.</source>
        <translation>Este perfil não tem host.</translation>
    </message>
    <message>
        <source>Brickdesk does not support the authentication type “%1” yet.</source>
        <translation>O Brickdesk ainda não oferece suporte ao tipo de autenticação “%1”.</translation>
    </message>
</context>
<context>
    <name>RunDisplayState</name>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Encerrando</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Waiting for retry</source>
        <translation>Aguardando nova tentativa</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Sucesso</translation>
    </message>
    <message>
        <source>Succeeded with failures</source>
        <translation>Sucesso com falhas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tempo esgotado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluído</translation>
    </message>
</context>
<context>
    <name>RunOutputHtml</name>
    <message>
        <source>Run %1</source>
        <translation>Execução %1</translation>
    </message>
    <message>
        <source>Condition &lt;code&gt;%1&lt;/code&gt; evaluated to &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>A condição &lt;code&gt;%1&lt;/code&gt; resultou em &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Output appears when the task has finished.</source>
        <translation>A saída aparece quando a tarefa termina.</translation>
    </message>
    <message>
        <source>The output could not be read: %1</source>
        <translation>Não foi possível ler a saída: %1</translation>
    </message>
    <message>
        <source>Loading output…</source>
        <translation>Carregando a saída…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Rastreamento</translation>
    </message>
    <message>
        <source>Started run &lt;a href=&apos;run:%1&apos;&gt;%1&lt;/a&gt; of job %2.</source>
        <translation>Iniciou a execução &lt;a href=&apos;run:%1&apos;&gt;%1&lt;/a&gt; do job %2.</translation>
    </message>
    <message>
        <source>Notebook result</source>
        <translation>Resultado do notebook</translation>
    </message>
    <message>
        <source> (truncated to the first 5 MB)</source>
        <translation> (cortado nos primeiros 5 MB)</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source> (only the last 5 MB)</source>
        <translation> (apenas os últimos 5 MB)</translation>
    </message>
    <message>
        <source>No output.</source>
        <translation>Sem saída.</translation>
    </message>
</context>
<context>
    <name>RunStyle</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Agendado</translation>
    </message>
    <message>
        <source>Manual (run now)</source>
        <translation>Manual (executar agora)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Nova tentativa</translation>
    </message>
    <message>
        <source>Run job task</source>
        <translation>Tarefa de executar job</translation>
    </message>
    <message>
        <source>File arrival</source>
        <translation>Chegada de arquivo</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Contínuo</translation>
    </message>
    <message>
        <source>Continuous (restart)</source>
        <translation>Contínuo (reinício)</translation>
    </message>
    <message>
        <source>Table update</source>
        <translation>Atualização de tabela</translation>
    </message>
    <message>
        <source>Model update</source>
        <translation>Atualização de modelo</translation>
    </message>
    <message>
        <source>Completed successfully</source>
        <translation>Concluído com sucesso</translation>
    </message>
    <message>
        <source>Completed, but some tasks failed</source>
        <translation>Concluído, mas algumas tarefas falharam</translation>
    </message>
    <message>
        <source>Cancelled by a user</source>
        <translation>Cancelado por um usuário</translation>
    </message>
    <message>
        <source>Cancelled by the platform (for example a timeout)</source>
        <translation>Cancelado pela plataforma (por exemplo, tempo limite)</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Internal error of the platform</source>
        <translation>Erro interno da plataforma</translation>
    </message>
    <message>
        <source>The Spark driver failed</source>
        <translation>O driver do Spark falhou</translation>
    </message>
    <message>
        <source>The cluster failed</source>
        <translation>O cluster falhou</translation>
    </message>
    <message>
        <source>The Git repository could not be checked out</source>
        <translation>Não foi possível fazer checkout do repositório Git</translation>
    </message>
    <message>
        <source>The cluster request was invalid</source>
        <translation>A solicitação de cluster era inválida</translation>
    </message>
    <message>
        <source>The workspace&apos;s limit of active runs was reached</source>
        <translation>O limite de execuções ativas do workspace foi atingido</translation>
    </message>
    <message>
        <source>A feature the run needs is disabled</source>
        <translation>Um recurso necessário para a execução está desativado</translation>
    </message>
    <message>
        <source>Too many cluster requests</source>
        <translation>Solicitações de cluster em excesso</translation>
    </message>
    <message>
        <source>Storage could not be accessed</source>
        <translation>Não foi possível acessar o armazenamento</translation>
    </message>
    <message>
        <source>The run&apos;s code failed</source>
        <translation>O código da execução falhou</translation>
    </message>
    <message>
        <source>Not authorised to access a resource</source>
        <translation>Sem autorização para acessar um recurso</translation>
    </message>
    <message>
        <source>A library could not be installed</source>
        <translation>Não foi possível instalar uma biblioteca</translation>
    </message>
    <message>
        <source>The job&apos;s maximum of concurrent runs was reached</source>
        <translation>O máximo de execuções simultâneas do job foi atingido</translation>
    </message>
    <message>
        <source>Too many Spark contexts on the cluster</source>
        <translation>Contextos Spark em excesso no cluster</translation>
    </message>
    <message>
        <source>A resource the run needs does not exist</source>
        <translation>Um recurso necessário para a execução não existe</translation>
    </message>
    <message>
        <source>The run&apos;s configuration is invalid</source>
        <translation>A configuração da execução é inválida</translation>
    </message>
    <message>
        <source>The cloud provider failed</source>
        <translation>O provedor de nuvem falhou</translation>
    </message>
    <message>
        <source>The job&apos;s queue is full</source>
        <translation>A fila do job está cheia</translation>
    </message>
    <message>
        <source>A breaking change in the platform</source>
        <translation>Uma mudança incompatível na plataforma</translation>
    </message>
    <message>
        <source>The budget policy&apos;s limit was reached</source>
        <translation>O limite da política de orçamento foi atingido</translation>
    </message>
    <message>
        <source>The cluster was terminated by a user</source>
        <translation>O cluster foi encerrado por um usuário</translation>
    </message>
    <message>
        <source>: %1 (%2)</source>
        <translation>: %1 (%2)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>Paused — %1</source>
        <translation>Pausado — %1</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>A cada minuto</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>A cada %1 minutos</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>A cada hora</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>A cada %1 horas</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos os dias</translation>
    </message>
    <message>
        <source>Every %1 days</source>
        <translation>A cada %1 dias</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Toda semana</translation>
    </message>
    <message>
        <source>Every %1 weeks</source>
        <translation>A cada %1 semanas</translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation>Periódico</translation>
    </message>
    <message>
        <source>Cron “%1” %2</source>
        <translation>Cron “%1” %2</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Contínuo</translation>
    </message>
    <message>
        <source>File arrival</source>
        <translation>Chegada de arquivo</translation>
    </message>
    <message>
        <source>Table update</source>
        <translation>Atualização de tabela</translation>
    </message>
    <message>
        <source>Model update</source>
        <translation>Atualização de modelo</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Gatilho</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>SQL condition</source>
        <translation>Condição SQL</translation>
    </message>
    <message>
        <source>Any of: %1</source>
        <translation>Qualquer um de: %1</translation>
    </message>
</context>
<context>
    <name>StartupWorkspace</name>
    <message>
        <source>The profile “%1” cannot be opened: %2 could not be read.</source>
        <translation>Não é possível abrir o perfil “%1”: não foi possível ler %2.</translation>
    </message>
    <message>
        <source>There is no profile “%1” in %2.</source>
        <translation>Não há perfil “%1” em %2.</translation>
    </message>
    <message>
        <source>The profile “%1” in %2 has no host.</source>
        <translation>O perfil “%1” em %2 não tem host.</translation>
    </message>
    <message>
        <source>“%1” is not a workspace URL.</source>
        <translation>“%1” não é uma URL de workspace.</translation>
    </message>
</context>
<context>
    <name>WatchRule</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>any workspace</source>
        <translation>qualquer workspace</translation>
    </message>
    <message>
        <source>a run in %1</source>
        <translation>uma execução em %1</translation>
    </message>
    <message>
        <source>a run of job %1 in %2</source>
        <translation>uma execução do job %1 em %2</translation>
    </message>
    <message>
        <source>a run of a job tagged “%1” in %2</source>
        <translation>uma execução de um job com a tag “%1” em %2</translation>
    </message>
    <message>
        <source>Notify when %1 fails</source>
        <translation>Avisar quando %1 falhar</translation>
    </message>
    <message numerus="yes">
        <source>Notify when %1 runs longer than %n minute(s)</source>
        <translation>
            <numerusform>Avisar quando %1 durar mais de %n minuto</numerusform>
            <numerusform>Avisar quando %1 durar mais de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Notify when %1 runs longer than usual</source>
        <translation>Avisar quando %1 durar mais que o normal</translation>
    </message>
    <message numerus="yes">
        <source>Notify when %1 waits in the queue longer than %n minute(s)</source>
        <translation>
            <numerusform>Avisar quando %1 esperar na fila mais de %n minuto</numerusform>
            <numerusform>Avisar quando %1 esperar na fila mais de %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::AccessibleNames</name>
    <message>
        <source>More actions</source>
        <translation>Mais ações</translation>
    </message>
</context>
<context>
    <name>brickdesk::ApiError</name>
    <message>
        <source>Could not reach the workspace. Check the host name and your network connection, then try again.</source>
        <translation>Não foi possível acessar o workspace. Verifique o nome do host e sua conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>The workspace did not answer in time. It may be busy or the network slow; try again.</source>
        <translation>O workspace não respondeu a tempo. Ele pode estar ocupado ou a rede lenta; tente novamente.</translation>
    </message>
    <message>
        <source>The secure connection to the workspace could not be established: its certificate was not accepted. Brickdesk never ignores certificate errors.</source>
        <translation>Não foi possível estabelecer a conexão segura com o workspace: o certificado não foi aceito. O Brickdesk nunca ignora erros de certificado.</translation>
    </message>
    <message>
        <source>Brickdesk only talks to workspaces over https://. Plain http:// is allowed only for this computer (localhost).</source>
        <translation>O Brickdesk só se comunica com workspaces por https://. O http:// simples só é permitido para este computador (localhost).</translation>
    </message>
    <message>
        <source>The workspace did not accept your credentials (HTTP 401). Sign in again or replace the access token.</source>
        <translation>O workspace não aceitou suas credenciais (HTTP 401). Faça login novamente ou substitua o token de acesso.</translation>
    </message>
    <message>
        <source>You do not have permission to do this (HTTP 403).</source>
        <translation>Você não tem permissão para fazer isso (HTTP 403).</translation>
    </message>
    <message>
        <source>It does not exist, or no longer exists.</source>
        <translation>Não existe, ou não existe mais.</translation>
    </message>
    <message>
        <source>The workspace refused the request as invalid (HTTP %1).</source>
        <translation>O workspace recusou a solicitação por ser inválida (HTTP %1).</translation>
    </message>
    <message>
        <source>The request conflicts with the current state (HTTP 409).</source>
        <translation>A solicitação conflita com o estado atual (HTTP 409).</translation>
    </message>
    <message>
        <source>The workspace is receiving too many requests (HTTP 429). Brickdesk retried and gave up; wait a moment and try again.</source>
        <translation>O workspace está recebendo solicitações demais (HTTP 429). O Brickdesk tentou novamente e desistiu; aguarde um momento e tente outra vez.</translation>
    </message>
    <message>
        <source>The workspace had an internal problem (HTTP %1) and a proxy or gateway answered with a web page.</source>
        <translation>O workspace teve um problema interno (HTTP %1) e um proxy ou gateway respondeu com uma página web.</translation>
    </message>
    <message>
        <source>The workspace had an internal problem (HTTP %1). Try again later.</source>
        <translation>O workspace teve um problema interno (HTTP %1). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The workspace is temporarily unavailable (HTTP 503). Brickdesk retried and gave up; try again later.</source>
        <translation>O workspace está temporariamente indisponível (HTTP 503). O Brickdesk tentou novamente e desistiu; tente mais tarde.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of data. A proxy, firewall or sign-in page may be in the way, or the host is not a Databricks workspace.</source>
        <translation>O servidor respondeu com uma página web em vez de dados. Um proxy, firewall ou página de login pode estar no caminho, ou o host não é um workspace Databricks.</translation>
    </message>
    <message>
        <source>The answer from the workspace was cut off before its end. Try again.</source>
        <translation>A resposta do workspace foi interrompida antes do fim. Tente novamente.</translation>
    </message>
    <message>
        <source>The answer from the workspace was larger than Brickdesk accepts, so it was not read.</source>
        <translation>A resposta do workspace era maior do que o Brickdesk aceita, por isso não foi lida.</translation>
    </message>
    <message>
        <source>The server answered with something that is not data Brickdesk understands. Is the host a Databricks workspace?</source>
        <translation>O servidor respondeu com algo que não são dados que o Brickdesk entende. O host é um workspace Databricks?</translation>
    </message>
    <message>
        <source>The workspace answered in an unexpected way.</source>
        <translation>O workspace respondeu de forma inesperada.</translation>
    </message>
    <message>
        <source>Brickdesk could not obtain credentials for this workspace.</source>
        <translation>O Brickdesk não conseguiu obter credenciais para este workspace.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <translation>%1 O servidor respondeu: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::ApiListModel</name>
    <message>
        <source>No workspace connection.</source>
        <translation>Sem conexão com um workspace.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ArchiveMaintenance</name>
    <message>
        <source>Pruning the archive of “%1”…</source>
        <translation>Podando o arquivo local de “%1”…</translation>
    </message>
    <message>
        <source>The archive of “%1” was not pruned: %2</source>
        <translation>O arquivo local de “%1” não foi podado: %2</translation>
    </message>
    <message numerus="yes">
        <source>Archive of “%1” pruned to its last %n day(s): removed %2 cluster events and %3 runs (with %4 task runs); %5 → %6.</source>
        <translation>
            <numerusform>Arquivo local de “%1” podado para o último %n dia: removidos %2 eventos de cluster e %3 execuções (com %4 execuções de tarefas); %5 → %6.</numerusform>
            <numerusform>Arquivo local de “%1” podado para os últimos %n dias: removidos %2 eventos de cluster e %3 execuções (com %4 execuções de tarefas); %5 → %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting the archive of “%1”…</source>
        <translation>Excluindo o arquivo local de “%1”…</translation>
    </message>
    <message>
        <source>The archive of “%1” was deleted.</source>
        <translation>O arquivo local de “%1” foi excluído.</translation>
    </message>
    <message>
        <source>The archive of “%1” could not be deleted: %2</source>
        <translation>Não foi possível excluir o arquivo local de “%1”: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::ArchivePreferencesPanel</name>
    <message>
        <source>Each workspace&apos;s archive on this computer: the history Brickdesk keeps of its jobs, runs and cluster events. Pruning and deleting happen at once, not on OK, and cannot be undone.</source>
        <translation>O arquivo local de cada workspace neste computador: o histórico que o Brickdesk guarda dos seus jobs, execuções e eventos de cluster. Podar e excluir acontecem na hora, não no OK, e não podem ser desfeitos.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Cluster events</source>
        <translation>Eventos de cluster</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Execuções</translation>
    </message>
    <message>
        <source>Job versions</source>
        <translation>Versões de jobs</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Mais antigo</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>&amp;Keep cluster events and runs of the last:</source>
        <translation>&amp;Manter eventos de cluster e execuções dos últimos:</translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation>&amp;Podar…</translation>
    </message>
    <message>
        <source>Removes older cluster events and runs from the selected archive and gives the space back to the disk. Every version of every job&apos;s settings is kept.</source>
        <translation>Remove os eventos de cluster e as execuções mais antigos do arquivo local selecionado e devolve o espaço ao disco. Todas as versões das configurações de cada job são mantidas.</translation>
    </message>
    <message>
        <source>&amp;Delete archive…</source>
        <translation>&amp;Excluir arquivo local…</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>No workspace has an archive on this computer yet.</source>
        <translation>Nenhum workspace tem arquivo local neste computador ainda.</translation>
    </message>
    <message>
        <source>Prune archive</source>
        <translation>Podar arquivo local</translation>
    </message>
    <message>
        <source>Remove the cluster events and runs from before %1 from the archive of “%2”?

The versions of every job&apos;s settings are kept. What is removed cannot be fetched again once the workspace has forgotten it.</source>
        <translation>Remover do arquivo local de “%2” os eventos de cluster e as execuções anteriores a %1?

As versões das configurações de cada job são mantidas. O que for removido não poderá ser buscado de novo depois que o workspace o tiver esquecido.</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Podar</translation>
    </message>
    <message>
        <source>Delete archive</source>
        <translation>Excluir arquivo local</translation>
    </message>
    <message>
        <source>Delete the archive of “%1” (%2)?

Everything Brickdesk kept of this workspace goes: job versions, runs and cluster events, including what the workspace itself no longer keeps. A new archive starts the next time a job is opened or synced.</source>
        <translation>Excluir o arquivo local de “%1” (%2)?

Tudo o que o Brickdesk guardou deste workspace será apagado: versões de jobs, execuções e eventos de cluster, inclusive o que o próprio workspace já não guarda. Um novo arquivo local começa na próxima vez que um job for aberto ou sincronizado.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Workspace archives</source>
        <translation>Arquivos locais dos workspaces</translation>
    </message>
</context>
<context>
    <name>brickdesk::ArchiveSearchModel</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Run error</source>
        <translation>Erro de execução</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Execução %1</translation>
    </message>
    <message>
        <source>Job %1 (its settings as last seen)</source>
        <translation>Job %1 (suas configurações como vistas pela última vez)</translation>
    </message>
    <message>
        <source>Run %1 of job %2</source>
        <translation>Execução %1 do job %2</translation>
    </message>
    <message>
        <source>When these settings were last seen</source>
        <translation>Quando estas configurações foram vistas pela última vez</translation>
    </message>
    <message>
        <source>When the run started</source>
        <translation>Quando a execução começou</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Where it matched</source>
        <translation>Onde correspondeu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
</context>
<context>
    <name>brickdesk::ArchiveSearchPage</name>
    <message>
        <source>Search the archive</source>
        <translation>Buscar no arquivo local</translation>
    </message>
    <message>
        <source>Archive every job&apos;s settings and the runs since the last sync, from the workspace</source>
        <translation>Arquivar as configurações de todos os jobs e as execuções desde a última sincronização, a partir do workspace</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Cancelar sincronização</translation>
    </message>
    <message>
        <source>Stop the sync; what was fetched is kept</source>
        <translation>Parar a sincronização; o que foi obtido fica guardado</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected job or run</source>
        <translation>Abrir o job ou a execução selecionada</translation>
    </message>
    <message>
        <source>Open &amp;job</source>
        <translation>Abrir &amp;job</translation>
    </message>
    <message>
        <source>Open the job of the selected result</source>
        <translation>Abrir o job do resultado selecionado</translation>
    </message>
    <message>
        <source>Sync in progress</source>
        <translation>Sincronização em andamento</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto da busca</translation>
    </message>
    <message>
        <source>Every word must match; a path matches as a whole; the last word may be the start of a word</source>
        <translation>Todas as palavras precisam corresponder; um caminho corresponde por inteiro; a última palavra pode ser o início de uma palavra</translation>
    </message>
    <message>
        <source>A path, a parameter, a tag, an error… e.g. /Repos/etl/ingest or OutOfMemoryError</source>
        <translation>Um caminho, um parâmetro, uma tag, um erro… p. ex. /Repos/etl/ingest ou OutOfMemoryError</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>What to find</source>
        <translation>O que encontrar</translation>
    </message>
    <message>
        <source>Jobs and run errors</source>
        <translation>Jobs e erros de execuções</translation>
    </message>
    <message>
        <source>Jobs only</source>
        <translation>Só jobs</translation>
    </message>
    <message>
        <source>Run errors only</source>
        <translation>Só erros de execuções</translation>
    </message>
    <message>
        <source>Run errors from</source>
        <translation>Erros de execuções de</translation>
    </message>
    <message>
        <source>Only errors of runs that started in this window</source>
        <translation>Só erros de execuções que começaram neste período</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <source>&amp;Run errors from:</source>
        <translation>Erros de e&amp;xecuções de:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da busca</translation>
    </message>
    <message>
        <source>Archived jobs and run errors that match, best first</source>
        <translation>Jobs arquivados e erros de execuções que correspondem, os melhores primeiro</translation>
    </message>
    <message>
        <source>Nothing archived yet.</source>
        <translation>Nada arquivado ainda.</translation>
    </message>
    <message>
        <source>Sync now archives this workspace&apos;s jobs and runs; “brickdesk sync” also archives its clusters&apos; events, and can run every hour while Brickdesk is closed.</source>
        <translation>Sincronizar agora arquiva os jobs e as execuções deste workspace; o “brickdesk sync” também arquiva os eventos dos seus clusters e pode rodar a cada hora com o Brickdesk fechado.</translation>
    </message>
    <message>
        <source>Every word must match. A path matches as a whole (/Repos/etl/ingest); the last word also matches longer words (OutOfMem finds OutOfMemoryError). Run errors are the messages runs ended with, from the chosen window.</source>
        <translation>Todas as palavras precisam corresponder. Um caminho corresponde por inteiro (/Repos/etl/ingest); a última palavra também corresponde a palavras mais longas (OutOfMem encontra OutOfMemoryError). Erros de execuções são as mensagens com que as execuções terminaram, no período escolhido.</translation>
    </message>
    <message>
        <source>For example: /Repos/etl/ingest, a parameter&apos;s value, a tag, a node type, or an error such as SPOT_INSTANCE_TERMINATION.</source>
        <translation>Por exemplo: /Repos/etl/ingest, o valor de um parâmetro, uma tag, um tipo de nó ou um erro como SPOT_INSTANCE_TERMINATION.</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>E&amp;ncontrar:</translation>
    </message>
    <message>
        <source>Archive search</source>
        <translation>Busca no arquivo</translation>
    </message>
</context>
<context>
    <name>brickdesk::ArchiveSearchService</name>
    <message>
        <source>The archive could not be opened.</source>
        <translation>Não foi possível abrir o arquivo local.</translation>
    </message>
    <message>
        <source>No archive for this workspace yet — run a sync.</source>
        <translation>Ainda não há arquivo local para este workspace — faça uma sincronização.</translation>
    </message>
    <message>
        <source>Type words to find in archived jobs (names, tags, paths, parameters, cluster settings) and run errors.</source>
        <translation>Digite palavras para encontrar em jobs arquivados (nomes, tags, caminhos, parâmetros, configurações de cluster) e em erros de execuções.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Nenhum resultado.</translation>
    </message>
    <message>
        <source>Syncing jobs and runs…</source>
        <translation>Sincronizando jobs e execuções…</translation>
    </message>
    <message>
        <source>Sync cancelled; what was fetched is kept.</source>
        <translation>Sincronização cancelada; o que foi obtido fica guardado.</translation>
    </message>
    <message>
        <source>The sync did not complete: %1</source>
        <translation>A sincronização não terminou: %1</translation>
    </message>
    <message>
        <source>Archived jobs: %1 · runs: %2</source>
        <translation>Jobs arquivados: %1 · execuções: %2</translation>
    </message>
    <message>
        <source>%1 · last synced %2</source>
        <translation>%1 · última sincronização em %2</translation>
    </message>
    <message>
        <source>%1 · never synced in full</source>
        <translation>%1 · nunca sincronizado por completo</translation>
    </message>
    <message>
        <source>The best %1 results; add words to narrow the search.</source>
        <translation>Os %1 melhores resultados; acrescente palavras para restringir a busca.</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>%1 results</source>
        <translation>%1 resultados</translation>
    </message>
    <message>
        <source>Syncing… fetched so far: jobs %1 · runs %2</source>
        <translation>Sincronizando… obtidos até agora: jobs %1 · execuções %2</translation>
    </message>
    <message>
        <source>Synced jobs: %1 (new versions of settings: %2) · runs: %3 (new: %4)</source>
        <translation>Jobs sincronizados: %1 (novas versões de configurações: %2) · execuções: %3 (novas: %4)</translation>
    </message>
</context>
<context>
    <name>brickdesk::ArchiveSync</name>
    <message>
        <source>The workspace connection is gone.</source>
        <translation>A conexão com o workspace não existe mais.</translation>
    </message>
    <message>
        <source>Clusters could not be listed: %1</source>
        <translation>Não foi possível listar os clusters: %1</translation>
    </message>
    <message>
        <source>Cluster %1: %2</source>
        <translation>Cluster %1: %2</translation>
    </message>
    <message>
        <source>Cluster %1: %2 events fetched, %3 new</source>
        <translation>Cluster %1: %2 eventos obtidos, %3 novos</translation>
    </message>
    <message>
        <source>Jobs: %1 seen, %2 new versions of their settings</source>
        <translation>Jobs: %1 vistos, %2 novas versões das configurações</translation>
    </message>
    <message>
        <source>Jobs could not be listed: %1</source>
        <translation>Não foi possível listar os jobs: %1</translation>
    </message>
    <message>
        <source>Runs: %1 seen, %2 new</source>
        <translation>Execuções: %1 vistas, %2 novas</translation>
    </message>
    <message>
        <source>Runs could not be listed: %1</source>
        <translation>Não foi possível listar as execuções: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::BulkOperation</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n item(s).</source>
        <translation>
            <numerusform>%1: %n item.</numerusform>
            <numerusform>%1: %n itens.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n falhou: %1</numerusform>
            <numerusform>%n falharam: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nada a fazer.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterCostPanel</name>
    <message>
        <source>Start the SQL warehouse…</source>
        <translation>Iniciar o SQL warehouse…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>E se</translation>
    </message>
    <message>
        <source>Minimum workers</source>
        <translation>Mínimo de workers</translation>
    </message>
    <message>
        <source>Maximum workers</source>
        <translation>Máximo de workers</translation>
    </message>
    <message>
        <source>Auto-termination</source>
        <translation>Encerramento automático</translation>
    </message>
    <message>
        <source>Start the SQL warehouse</source>
        <translation>Iniciar o SQL warehouse</translation>
    </message>
    <message>
        <source>Starting “%1” costs money while it runs (it stops by itself after %2 minutes idle).</source>
        <translation>Iniciar “%1” custa dinheiro enquanto ele roda (ele para sozinho após %2 minutos ocioso).</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Open a cluster&apos;s history to see what it was billed.</source>
        <translation>Abra o histórico de um cluster para ver quanto foi faturado.</translation>
    </message>
    <message>
        <source>Reading billed cost and utilisation from the SQL warehouse…</source>
        <translation>Lendo o custo faturado e a utilização do SQL warehouse…</translation>
    </message>
    <message>
        <source>Node-hour estimate: %1 node-hours (driver included), %2 %3 at your rate.</source>
        <translation>Estimativa por horas de nó: %1 horas de nó (driver incluído), %2 %3 pela sua tarifa.</translation>
    </message>
    <message>
        <source>Billed %1 %2 for %3 DBUs in this window. %4</source>
        <translation>Faturado %1 %2 por %3 DBUs neste período. %4</translation>
    </message>
    <message>
        <source>Billing is recorded up to about 12 hours late: usage after %1 is not billed yet, so the billed figure covers less than the estimate.</source>
        <translation>O faturamento é registrado com até cerca de 12 horas de atraso: o uso depois de %1 ainda não foi faturado, então o valor faturado cobre menos que a estimativa.</translation>
    </message>
    <message>
        <source>Workers&apos; average CPU %1%; %2% of worker time idle (about %3 %4).</source>
        <translation>CPU média dos workers %1%; %2% do tempo de worker ocioso (cerca de %3 %4).</translation>
    </message>
    <message>
        <source>Nothing stands out in this window.</source>
        <translation>Nada se destaca neste período.</translation>
    </message>
    <message>
        <source>Starting the SQL warehouse, then reading billed cost…</source>
        <translation>Iniciando o SQL warehouse e depois lendo o custo faturado…</translation>
    </message>
    <message>
        <source>The SQL warehouse “%1” is stopped; billed cost is read through it, and starting it costs money. Until then: %2</source>
        <translation>O SQL warehouse “%1” está parado; o custo faturado é lido por meio dele, e iniciá-lo custa dinheiro. Até lá: %2</translation>
    </message>
    <message>
        <source>&amp;Idle when the workers&apos; CPU is under</source>
        <translation>&amp;Ocioso quando a CPU dos workers está abaixo de</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterDetailWidget</name>
    <message>
        <source>autoscale %1–%2 workers</source>
        <translation>autoscaling de %1–%2 workers</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>All available</source>
        <translation>Tudo o que houver</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Período personalizado</translation>
    </message>
    <message>
        <source>Load events</source>
        <translation>Carregar eventos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Node chart</source>
        <translation>Gráfico de nós</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Log de eventos</translation>
    </message>
    <message>
        <source>Configuration (JSON)</source>
        <translation>Configuração (JSON)</translation>
    </message>
    <message>
        <source>No cluster selected</source>
        <translation>Nenhum cluster selecionado</translation>
    </message>
    <message>
        <source>&lt;b&gt;ID&lt;/b&gt; %1 · &lt;b&gt;Source&lt;/b&gt; %2 · &lt;b&gt;Creator&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;ID&lt;/b&gt; %1 · &lt;b&gt;Origem&lt;/b&gt; %2 · &lt;b&gt;Criador&lt;/b&gt; %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n running now)</source>
        <translation>
            <numerusform> (%n em execução agora)</numerusform>
            <numerusform> (%n em execução agora)</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Size&lt;/b&gt; %1 · &lt;b&gt;Workers&lt;/b&gt; %2 · &lt;b&gt;Driver&lt;/b&gt; %3 · &lt;b&gt;Runtime&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;Tamanho&lt;/b&gt; %1 · &lt;b&gt;Workers&lt;/b&gt; %2 · &lt;b&gt;Driver&lt;/b&gt; %3 · &lt;b&gt;Runtime&lt;/b&gt; %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Started&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Iniciado em&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source> · &lt;b&gt;Terminated&lt;/b&gt; %1 (%2)</source>
        <translation> · &lt;b&gt;Encerrado em&lt;/b&gt; %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source> · &lt;b&gt;Auto-terminates&lt;/b&gt; after %n idle minute(s)</source>
        <translation>
            <numerusform> · &lt;b&gt;Encerra sozinho&lt;/b&gt; após %n minuto ocioso</numerusform>
            <numerusform> · &lt;b&gt;Encerra sozinho&lt;/b&gt; após %n minutos ociosos</numerusform>
        </translation>
    </message>
    <message>
        <source>The window&apos;s end must be after its start.</source>
        <translation>O fim da janela deve ser depois do início.</translation>
    </message>
    <message>
        <source>%1 events · building the chart…</source>
        <translation>%1 eventos · montando o gráfico…</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Carregando eventos…</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <source>Loaded %1 events of %2</source>
        <translation>%1 eventos de %2 carregados</translation>
    </message>
    <message>
        <source>Cancelled after %1 events</source>
        <translation>Cancelado após %1 eventos</translation>
    </message>
    <message>
        <source>Loading events cancelled.</source>
        <translation>Carregamento de eventos cancelado.</translation>
    </message>
    <message>
        <source>Failed after %1 events</source>
        <translation>Falhou após %1 eventos</translation>
    </message>
    <message>
        <source>Could not load the events of %1: %2</source>
        <translation>Não foi possível carregar os eventos de %1: %2</translation>
    </message>
    <message>
        <source>Selected: %1 · %2 · %3</source>
        <translation>Selecionado: %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Previous window (%1)</source>
        <translation>Janela anterior (%1)</translation>
    </message>
    <message>
        <source>Loading the comparison: %1 events</source>
        <translation>Carregando a comparação: %1 eventos</translation>
    </message>
    <message>
        <source>Comparing with %1</source>
        <translation>Comparando com %1</translation>
    </message>
    <message>
        <source>Could not load the comparison: %1</source>
        <translation>Não foi possível carregar a comparação: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No other cluster to compare with.</source>
        <translation>Não há outro cluster para comparar.</translation>
    </message>
    <message>
        <source>Compare with a cluster</source>
        <translation>Comparar com um cluster</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>%1 events · through %2</source>
        <translation>%1 eventos · até %2</translation>
    </message>
    <message>
        <source>Cost and utilisation</source>
        <translation>Custo e utilização</translation>
    </message>
    <message>
        <source>Events from</source>
        <translation>Eventos desde</translation>
    </message>
    <message>
        <source>Events until</source>
        <translation>Eventos até</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Janela:</translation>
    </message>
    <message>
        <source>Cluster configuration (JSON)</source>
        <translation>Configuração do cluster (JSON)</translation>
    </message>
    <message>
        <source>Cluster views</source>
        <translation>Visões do cluster</translation>
    </message>
    <message>
        <source>%1 events · %2 from the archive, before %3 (past what the API keeps)</source>
        <translation>%1 eventos · %2 do arquivo local, antes de %3 (além do que a API guarda)</translation>
    </message>
    <message>
        <source>%1 events from the local archive (the workspace cannot be reached)</source>
        <translation>%1 eventos do arquivo local (o workspace não pode ser alcançado)</translation>
    </message>
    <message>
        <source>Not kept in the local archive: %1. Brickdesk works on without it.</source>
        <translation>Não guardado no arquivo local: %1. O Brickdesk continua funcionando sem ele.</translation>
    </message>
    <message>
        <source>The local archive keeps what is loaded again.</source>
        <translation>O arquivo local voltou a guardar o que é carregado.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterEventLogWidget</name>
    <message>
        <source>All types</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Filter events…</source>
        <translation>Filtrar eventos…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <source>Types:</source>
        <translation>Tipos:</translation>
    </message>
    <message>
        <source>Select an event to see its full details.</source>
        <translation>Selecione um evento para ver todos os detalhes.</translation>
    </message>
    <message numerus="yes">
        <source>%n type(s)</source>
        <translation>
            <numerusform>%n tipo</numerusform>
            <numerusform>%n tipos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 eventos</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 de %2 eventos</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1</source>
        <translation>
            <numerusform>%n evento salvo em %1</numerusform>
            <numerusform>%n eventos salvos em %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Export events as CSV</source>
        <translation>Exportar eventos como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export events as JSON</source>
        <translation>Exportar eventos como JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Event types shown</source>
        <translation>Tipos de evento mostrados</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filtrar eventos</translation>
    </message>
    <message>
        <source>Shows the events whose type, summary or details contain the text</source>
        <translation>Mostra os eventos cujo tipo, resumo ou detalhes contêm o texto</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Every event of the cluster in the window, oldest first</source>
        <translation>Todos os eventos do cluster na janela, os mais antigos primeiro</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Detalhes do evento</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterEventsModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterHistoryLoader</name>
    <message>
        <source>Not connected to a workspace.</source>
        <translation>Sem conexão com um workspace.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClusterResizeDialog</name>
    <message>
        <source>Resize %1</source>
        <translation>Redimensionar %1</translation>
    </message>
    <message>
        <source>Fixed size</source>
        <translation>Tamanho fixo</translation>
    </message>
    <message>
        <source>Autoscale</source>
        <translation>Autoscaling</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>Workers:</translation>
    </message>
    <message>
        <source>Minimum workers:</source>
        <translation>Mínimo de workers:</translation>
    </message>
    <message>
        <source>Maximum workers:</source>
        <translation>Máximo de workers:</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Redimensionar</translation>
    </message>
    <message>
        <source>Workers are added or removed while the cluster keeps running; removing workers loses the data cached and shuffled on them.</source>
        <translation>Os workers são adicionados ou removidos com o cluster em execução; ao remover workers, os dados em cache e de shuffle neles são perdidos.</translation>
    </message>
    <message>
        <source>autoscale %1–%2 workers</source>
        <translation>autoscaling de %1–%2 workers</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersModel</name>
    <message>
        <source>%1–%2 (autoscale)</source>
        <translation>%1–%2 (autoscaling)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>Tipo de nó</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Criador</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Cluster ID</source>
        <translation>ID do cluster</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Tempo ativo</translation>
    </message>
    <message>
        <source>From the local archive: as last seen on %1.</source>
        <translation>Do arquivo local: como visto pela última vez em %1.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersPage</name>
    <message>
        <source>Filter by name, id, creator, node type…</source>
        <translation>Filtrar por nome, ID, criador, tipo de nó…</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Todos os estados</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Encerrados</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Reload the list (F5)</source>
        <translation>Recarregar a lista (F5)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Start the selected cluster</source>
        <translation>Iniciar o cluster selecionado</translation>
    </message>
    <message>
        <source>Terminate</source>
        <translation>Encerrar</translation>
    </message>
    <message>
        <source>Terminate the selected cluster</source>
        <translation>Encerrar o cluster selecionado</translation>
    </message>
    <message>
        <source>Resize…</source>
        <translation>Redimensionar…</translation>
    </message>
    <message>
        <source>Change the number of workers</source>
        <translation>Alterar o número de workers</translation>
    </message>
    <message>
        <source>Could not load the clusters: %1</source>
        <translation>Não foi possível carregar os clusters: %1</translation>
    </message>
    <message>
        <source>Loading… %1</source>
        <translation>Carregando… %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message>
        <source>Start cluster</source>
        <translation>Iniciar cluster</translation>
    </message>
    <message>
        <source>Start “%1”? Its nodes are billed from now on until it terminates.</source>
        <translation>Iniciar “%1”? Os nós serão cobrados a partir de agora até ele ser encerrado.</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>Iniciando %1</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Não foi possível iniciar %1: %2</translation>
    </message>
    <message>
        <source>Terminate cluster</source>
        <translation>Encerrar cluster</translation>
    </message>
    <message>
        <source>Terminate “%1”? Notebooks and jobs running on it fail, and everything held in its memory and local disks (cached tables, Spark sessions, temporary files) is lost. The configuration is kept, and it can be started again.</source>
        <translation>Encerrar “%1”? Os notebooks e jobs em execução nele falharão, e tudo o que está em sua memória e discos locais (tabelas em cache, sessões Spark, arquivos temporários) será perdido. A configuração é mantida, e ele pode ser iniciado de novo.</translation>
    </message>
    <message>
        <source>Terminating %1</source>
        <translation>Encerrando %1</translation>
    </message>
    <message>
        <source>Could not terminate %1: %2</source>
        <translation>Não foi possível encerrar %1: %2</translation>
    </message>
    <message>
        <source>Resize cluster</source>
        <translation>Redimensionar cluster</translation>
    </message>
    <message>
        <source>Resize “%1” to %2? Workers that are removed lose the data cached and shuffled on them; running tasks on them are retried elsewhere.</source>
        <translation>Redimensionar “%1” para %2? Os workers removidos perdem os dados em cache e de shuffle; as tarefas em execução neles são repetidas em outros nós.</translation>
    </message>
    <message>
        <source>Resize</source>
        <translation>Redimensionar</translation>
    </message>
    <message>
        <source>Resizing %1 to %2</source>
        <translation>Redimensionando %1 para %2</translation>
    </message>
    <message>
        <source>Could not resize %1: %2</source>
        <translation>Não foi possível redimensionar %1: %2</translation>
    </message>
    <message>
        <source>All-purpose clusters are created from the UI or the API; job clusters are created for a job run and end with it</source>
        <translation>Clusters de uso geral são criados pela interface ou pela API; job clusters são criados para uma execução de job e terminam com ela</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>All-purpose</source>
        <translation>Uso geral</translation>
    </message>
    <message>
        <source>Job clusters</source>
        <translation>Job clusters</translation>
    </message>
    <message>
        <source> — %1 shown</source>
        <translation> — %1 exibidos</translation>
    </message>
    <message>
        <source>Fleet cost…</source>
        <translation>Custo da frota…</translation>
    </message>
    <message>
        <source>Billed cost and idle capacity of every cluster</source>
        <translation>Custo faturado e capacidade ociosa de cada cluster</translation>
    </message>
    <message>
        <source>Fleet cost</source>
        <translation>Custo da frota</translation>
    </message>
    <message>
        <source>Choose a cluster in the list above to see its node count over time, its events, and what it cost.
Use the filter to find one by name, ID or creator.</source>
        <translation>Escolha um cluster na lista acima para ver o número de nós ao longo do tempo, os eventos e quanto ele custou.
Use o filtro para encontrar um pelo nome, ID ou criador.</translation>
    </message>
    <message>
        <source>No cluster chosen</source>
        <translation>Nenhum cluster escolhido</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Filter clusters</source>
        <translation>Filtrar clusters</translation>
    </message>
    <message>
        <source>Shows the clusters whose name, ID, creator or node type contains the text</source>
        <translation>Mostra os clusters cujo nome, ID, criador ou tipo de nó contém o texto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind of cluster</source>
        <translation>Tipo de cluster</translation>
    </message>
    <message>
        <source>Every cluster of the workspace; choose one to see its history below</source>
        <translation>Todos os clusters do workspace; escolha um para ver seu histórico abaixo</translation>
    </message>
    <message>
        <source>The local archive holds no cluster of this workspace yet</source>
        <translation>O arquivo local ainda não guarda nenhum cluster deste workspace</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) from the local archive, data as of %1 (read-only: the workspace cannot be reached)</source>
        <translation>
            <numerusform>%n cluster do arquivo local, dados de %1 (somente leitura: o workspace não pode ser alcançado)</numerusform>
            <numerusform>%n clusters do arquivo local, dados de %1 (somente leitura: o workspace não pode ser alcançado)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::ClustersService</name>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::CommandPalette</name>
    <message>
        <source>Go to</source>
        <translation>Ir para</translation>
    </message>
    <message>
        <source>Job, run, cluster or action, by name or ID</source>
        <translation>Job, execução, cluster ou ação, pelo nome ou ID</translation>
    </message>
    <message>
        <source>Type part of a name or an ID; Up and Down choose, Enter opens, Escape closes</source>
        <translation>Digite parte de um nome ou um ID; as setas para cima e para baixo escolhem, Enter abre, Esc fecha</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>What the typed text matches, best first</source>
        <translation>O que o texto digitado encontra, o melhor primeiro</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter open · Esc close</source>
        <translation>↑ ↓ escolher · Enter abrir · Esc fechar</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Próximo resultado</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Resultado anterior</translation>
    </message>
    <message>
        <source>Ten matches down</source>
        <translation>Dez resultados abaixo</translation>
    </message>
    <message>
        <source>Ten matches up</source>
        <translation>Dez resultados acima</translation>
    </message>
    <message>
        <source>Go to the chosen match</source>
        <translation>Ir ao resultado escolhido</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>brickdesk::CommandPaletteModel</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
</context>
<context>
    <name>brickdesk::ConfigResolver</name>
    <message>
        <source>set in Brickdesk</source>
        <translation>definido no Brickdesk</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>variável de ambiente %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, linha %2: %3</translation>
    </message>
    <message>
        <source>%1 has no profile named “%2”.</source>
        <translation>%1 não tem um perfil chamado “%2”.</translation>
    </message>
    <message>
        <source>Profile “%1” was requested but %2 does not exist.</source>
        <translation>O perfil “%1” foi solicitado, mas %2 não existe.</translation>
    </message>
    <message>
        <source>The host “%1” is not a valid address.</source>
        <translation>O host “%1” não é um endereço válido.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ConnectionDialog</name>
    <message>
        <source>personal access token</source>
        <translation>token de acesso pessoal</translation>
    </message>
    <message>
        <source>OAuth (service principal)</source>
        <translation>OAuth (service principal)</translation>
    </message>
    <message>
        <source>OAuth (sign in with browser)</source>
        <translation>OAuth (login pelo navegador)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>por exemplo, Produção</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>https://dbc-1234abcd-5678.cloud.databricks.com</source>
        <translation>https://dbc-1234abcd-5678.cloud.databricks.com</translation>
    </message>
    <message>
        <source>&amp;Workspace URL:</source>
        <translation>URL do &amp;workspace:</translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation>Token de acesso pessoal</translation>
    </message>
    <message>
        <source>OAuth: service principal (machine-to-machine)</source>
        <translation>OAuth: service principal (máquina a máquina)</translation>
    </message>
    <message>
        <source>OAuth: sign in with my browser</source>
        <translation>OAuth: login pelo meu navegador</translation>
    </message>
    <message>
        <source>Profile from ~/.databrickscfg</source>
        <translation>Perfil do ~/.databrickscfg</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticação:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID do &amp;cliente:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Segredo do cliente:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Keep the secret for this session only (not in the keychain)</source>
        <translation>Manter o segredo só nesta sessão (fora do chaveiro)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sal&amp;var</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Move token to keychain</source>
        <translation>&amp;Mover token para o chaveiro</translation>
    </message>
    <message>
        <source>&amp;Export as profile…</source>
        <translation>&amp;Exportar como perfil…</translation>
    </message>
    <message>
        <source>Adds this workspace&apos;s host and authentication type (never a secret) to ~/.databrickscfg for the Databricks CLI; the rest of the file is left as it is.</source>
        <translation>Adiciona o host e o tipo de autenticação deste workspace (nunca um segredo) ao ~/.databrickscfg para a Databricks CLI; o resto do arquivo fica como está.</translation>
    </message>
    <message>
        <source>Use it for this session &amp;only</source>
        <translation>Usar &amp;só nesta sessão</translation>
    </message>
    <message>
        <source>Demo workspace (built in)</source>
        <translation>Workspace de demonstração (embutido)</translation>
    </message>
    <message>
        <source>A simulated workspace on this computer, with sample jobs and clusters.</source>
        <translation>Um workspace simulado neste computador, com jobs e clusters de exemplo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, linha %2: %3</translation>
    </message>
    <message>
        <source>%1 — profile in %2 (%3)</source>
        <translation>%1 — perfil em %2 (%3)</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Workspace de demonstração</translation>
    </message>
    <message>
        <source>(started on demand)</source>
        <translation>(iniciado sob demanda)</translation>
    </message>
    <message>
        <source>Kept for this session (leave empty to keep it)</source>
        <translation>Mantido nesta sessão (deixe vazio para manter)</translation>
    </message>
    <message>
        <source>Saved in the keychain (leave empty to keep it)</source>
        <translation>Salvo no chaveiro (deixe vazio para manter)</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>Autenticação: %1</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>The demo workspace is not running yet; connect to it to start it.</source>
        <translation>O workspace de demonstração ainda não está em execução; conecte-se a ele para iniciá-lo.</translation>
    </message>
    <message>
        <source>Enter the workspace URL, for example https://dbc-1234abcd-5678.cloud.databricks.com.</source>
        <translation>Informe a URL do workspace, por exemplo https://dbc-1234abcd-5678.cloud.databricks.com.</translation>
    </message>
    <message>
        <source>Enter the service principal&apos;s client ID.</source>
        <translation>Informe o ID do cliente do service principal.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Informe o segredo do cliente.</translation>
    </message>
    <message>
        <source>Enter the personal access token.</source>
        <translation>Informe o token de acesso pessoal.</translation>
    </message>
    <message>
        <source>Reading the secret…</source>
        <translation>Lendo o segredo…</translation>
    </message>
    <message>
        <source>No saved secret: enter it again.</source>
        <translation>Nenhum segredo salvo: informe-o novamente.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <source>Testing… complete the sign-in in your browser.</source>
        <translation>Testando… conclua o login no navegador.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Give the workspace a name.</source>
        <translation>Dê um nome ao workspace.</translation>
    </message>
    <message>
        <source>Choose a profile.</source>
        <translation>Escolha um perfil.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>No secret store is available.</source>
        <translation>Nenhum repositório de segredos está disponível.</translation>
    </message>
    <message>
        <source>Keeping the secret for this session…</source>
        <translation>Mantendo o segredo nesta sessão…</translation>
    </message>
    <message>
        <source>Saving the secret in the keychain…</source>
        <translation>Salvando o segredo no chaveiro…</translation>
    </message>
    <message>
        <source>Saved. The secret is kept in memory until Brickdesk quits.</source>
        <translation>Salvo. O segredo fica na memória até o Brickdesk fechar.</translation>
    </message>
    <message>
        <source>Saved. The secret is in the system keychain.</source>
        <translation>Salvo. O segredo está no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ainda não salvo.</translation>
    </message>
    <message>
        <source>The secret could not be saved: %1</source>
        <translation>Não foi possível salvar o segredo: %1</translation>
    </message>
    <message>
        <source>Removed “%1” and its saved secrets.</source>
        <translation>“%1” e seus segredos salvos foram removidos.</translation>
    </message>
    <message>
        <source>Removed “%1”, but its keychain entry could not be deleted: %2</source>
        <translation>“%1” foi removido, mas não foi possível excluir a entrada do chaveiro: %2</translation>
    </message>
    <message>
        <source>This profile has no token.</source>
        <translation>Este perfil não tem token.</translation>
    </message>
    <message>
        <source>The token is now in the keychain and “%1” uses it. You may delete the token line from ~/.databrickscfg yourself; Brickdesk does not change that file.</source>
        <translation>O token agora está no chaveiro e “%1” o usa. Você pode apagar a linha do token do ~/.databrickscfg; o Brickdesk não altera esse arquivo.</translation>
    </message>
    <message>
        <source>Wrote profile [%1] (host and authentication type, no secret) to %2.</source>
        <translation>Perfil [%1] (host e tipo de autenticação, sem segredo) gravado em %2.</translation>
    </message>
    <message>
        <source>%1 The secret saved for the workspace&apos;s previous address could not be moved or deleted: %2</source>
        <translation>%1 O segredo salvo para o endereço anterior do workspace não pôde ser movido nem apagado: %2</translation>
    </message>
    <message>
        <source>Sign-in service on another host</source>
        <translation>Serviço de login em outro host</translation>
    </message>
    <message>
        <source>The workspace %1 says that it signs in through %2, which is not its own address. Brickdesk sends your sign-in credentials there only if you trust it: confirm only if your organisation uses %2 to sign in to Databricks.</source>
        <translation>O workspace %1 diz que o login é feito por %2, que não é o seu próprio endereço. O Brickdesk só envia suas credenciais de login para lá se você confiar nele: confirme apenas se a sua organização usa %2 para fazer login no Databricks.</translation>
    </message>
    <message>
        <source>Trust %1</source>
        <translation>Confiar em %1</translation>
    </message>
    <message>
        <source>%1 is trusted for signing in to this workspace (kept when you save). Testing again…</source>
        <translation>%1 é confiável para fazer login neste workspace (guardado quando você salvar). Testando de novo…</translation>
    </message>
</context>
<context>
    <name>brickdesk::CostFindings</name>
    <message>
        <source>The cluster ran at its autoscale maximum (%1 workers) with CPU above %2% for %3 in total, the longest stretch %4 from %5: it looks under-sized; a higher maximum would have finished the work sooner.</source>
        <translation>O cluster ficou no máximo do autoscaling (%1 workers) com CPU acima de %2% por %3 no total, o trecho mais longo %4 a partir de %5: parece subdimensionado; um máximo maior teria concluído o trabalho antes.</translation>
    </message>
    <message>
        <source>Nodes were kept up after the load fell: %1 worker-hours above the minimum while CPU stayed under %2% (the longest stretch %3 from %4). Scale-down is slow for this load.</source>
        <translation>Nós ficaram ativos depois que a carga caiu: %1 horas de worker acima do mínimo com a CPU abaixo de %2% (o trecho mais longo %3 a partir de %4). A redução de escala é lenta para essa carga.</translation>
    </message>
    <message>
        <source>The cluster sat idle for %1 on average before it went down (%2 times), %3 node-hours in all: a shorter auto-termination would have saved most of them.</source>
        <translation>O cluster ficou ocioso por %1 em média antes de ser desligado (%2 vezes), %3 horas de nó no total: um encerramento automático mais curto teria economizado a maior parte delas.</translation>
    </message>
    <message>
        <source>Scale-ups while the workers&apos; CPU was under %2%: %1 (the first at %3: %4 → %5 workers at %6% CPU); the autoscaler may be reacting to something other than load.</source>
        <translation>Aumentos de escala com a CPU dos workers abaixo de %2%: %1 (o primeiro em %3: %4 → %5 workers com %6% de CPU); o autoscaling pode estar reagindo a algo que não é carga.</translation>
    </message>
    <message>
        <source>Nodes lost: %1, in %2 events (spot preemption or unreachable instances); the cluster ran short of workers for %3 in all while they were replaced.</source>
        <translation>Nós perdidos: %1, em %2 eventos (preempção de spot ou instâncias inacessíveis); o cluster ficou com menos workers por %3 no total enquanto eram substituídos.</translation>
    </message>
</context>
<context>
    <name>brickdesk::CostService</name>
    <message>
        <source>No SQL warehouse to read billed cost from: the cost shown is the node-hour estimate.</source>
        <translation>Nenhum SQL warehouse de onde ler o custo faturado: o custo mostrado é a estimativa por horas de nó.</translation>
    </message>
    <message>
        <source>No SQL warehouse to read billed cost from.</source>
        <translation>Nenhum SQL warehouse de onde ler o custo faturado.</translation>
    </message>
</context>
<context>
    <name>brickdesk::DatabricksConfigFile</name>
    <message>
        <source>It is a folder, not a file.</source>
        <translation>É uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>The section header has no closing &apos;]&apos;.</source>
        <translation>O cabeçalho da seção não tem o &apos;]&apos; de fechamento.</translation>
    </message>
    <message>
        <source>The section header has no name.</source>
        <translation>O cabeçalho da seção não tem nome.</translation>
    </message>
    <message>
        <source>This line is neither a [section], a comment nor a &apos;key = value&apos; setting.</source>
        <translation>Esta linha não é uma [seção], nem um comentário, nem uma configuração &apos;chave = valor&apos;.</translation>
    </message>
    <message>
        <source>The setting has no name before &apos;=&apos;.</source>
        <translation>A configuração não tem nome antes do &apos;=&apos;.</translation>
    </message>
    <message>
        <source>The profile name is not valid.</source>
        <translation>O nome do perfil não é válido.</translation>
    </message>
    <message>
        <source>The host or authentication type is not valid.</source>
        <translation>O host ou o tipo de autenticação não é válido.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>The quoted value that starts here is never closed.</source>
        <translation>O valor entre aspas que começa aqui nunca é fechado.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ExpensiveJobsView</name>
    <message>
        <source>Reading the jobs&apos; billed cost from the SQL warehouse…</source>
        <translation>Lendo do SQL warehouse o custo faturado dos jobs…</translation>
    </message>
    <message numerus="yes">
        <source>The %n job(s) billed the most in the last %1 days: %2 %3 together. Only jobs compute is billed to a job: runs on all-purpose clusters count in their cluster&apos;s cost.</source>
        <translation>
            <numerusform>O %n job mais faturado nos últimos %1 dias: %2 %3. Só a computação de jobs é faturada a um job: execuções em clusters all-purpose contam no custo do seu cluster.</numerusform>
            <numerusform>Os %n jobs mais faturados nos últimos %1 dias: %2 %3 ao todo. Só a computação de jobs é faturada a um job: execuções em clusters all-purpose contam no custo do seu cluster.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most expensive jobs</source>
        <translation>Jobs mais caros</translation>
    </message>
</context>
<context>
    <name>brickdesk::FailureInboxModel</name>
    <message>
        <source>%1 (%2 new)</source>
        <translation>%1 (%2 novas)</translation>
    </message>
    <message>
        <source>Last run succeeded</source>
        <translation>A última execução teve sucesso</translation>
    </message>
    <message numerus="yes">
        <source>%n or more in a row, since at least %1</source>
        <translation>
            <numerusform>%n ou mais seguida, desde pelo menos %1</numerusform>
            <numerusform>%n ou mais seguidas, desde pelo menos %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in a row, since %1</source>
        <translation>
            <numerusform>%n seguida, desde %1</numerusform>
            <numerusform>%n seguidas, desde %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Execução %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Failing task</source>
        <translation>Tarefa com falha</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>In a row</source>
        <translation>Seguidas</translation>
    </message>
</context>
<context>
    <name>brickdesk::FleetCostModel</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>All-purpose</source>
        <translation>Uso geral</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Criador</translation>
    </message>
    <message>
        <source>Billed cost</source>
        <translation>Custo faturado</translation>
    </message>
    <message>
        <source>DBUs</source>
        <translation>DBUs</translation>
    </message>
    <message>
        <source>Worker-hours</source>
        <translation>Horas de worker</translation>
    </message>
    <message>
        <source>Average CPU</source>
        <translation>CPU média</translation>
    </message>
    <message>
        <source>Idle share</source>
        <translation>Parcela ociosa</translation>
    </message>
    <message>
        <source>Cost of idle capacity</source>
        <translation>Custo da capacidade ociosa</translation>
    </message>
    <message>
        <source>A run&apos;s cluster of job %1</source>
        <translation>Cluster de uma execução do job %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::FleetCostView</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Filter by name, creator or tag</source>
        <translation>Filtrar por nome, criador ou tag</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Todos os clusters</translation>
    </message>
    <message>
        <source>All-purpose</source>
        <translation>Uso geral</translation>
    </message>
    <message>
        <source>Job clusters</source>
        <translation>Clusters de job</translation>
    </message>
    <message>
        <source>Export fleet cost</source>
        <translation>Exportar o custo da frota</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading billed cost from the SQL warehouse…</source>
        <translation>Lendo o custo faturado do SQL warehouse…</translation>
    </message>
    <message>
        <source>%1 clusters: %2 %3 billed, of which %4 %3 paid for idle capacity (CPU under 10%).</source>
        <translation>%1 clusters: %2 %3 faturados, dos quais %4 %3 pagos por capacidade ociosa (CPU abaixo de 10%).</translation>
    </message>
    <message>
        <source>&amp;Clusters</source>
        <translation>&amp;Clusters</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Janela de tempo</translation>
    </message>
    <message>
        <source>Filter clusters</source>
        <translation>Filtrar clusters</translation>
    </message>
    <message>
        <source>Kind of cluster</source>
        <translation>Tipo de cluster</translation>
    </message>
    <message>
        <source>Billed cost of every cluster</source>
        <translation>Custo faturado de cada cluster</translation>
    </message>
    <message>
        <source>Most expensive first; Enter opens the cluster</source>
        <translation>Os mais caros primeiro; Enter abre o cluster</translation>
    </message>
</context>
<context>
    <name>brickdesk::HistoryExport</name>
    <message>
        <source>Not connected to a workspace.</source>
        <translation>Sem conexão com um workspace.</translation>
    </message>
    <message>
        <source>Could not fetch the events of %1: %2</source>
        <translation>Não foi possível obter os eventos de %1: %2</translation>
    </message>
    <message>
        <source>Could not fetch the runs of job %1: %2</source>
        <translation>Não foi possível obter as execuções do job %1: %2</translation>
    </message>
    <message>
        <source>Could not write the export: %1</source>
        <translation>Não foi possível gravar a exportação: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::InboxPage</name>
    <message>
        <source>Time window</source>
        <translation>Janela de tempo</translation>
    </message>
    <message>
        <source>How far back failed runs are shown</source>
        <translation>Até quando no passado as execuções com falha são mostradas</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Últimas 6 horas</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 3 days</source>
        <translation>Últimos 3 dias</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s)</source>
        <translation>
            <numerusform>Última %n hora</numerusform>
            <numerusform>Últimas %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Failure inbox actions</source>
        <translation>Ações da caixa de falhas</translation>
    </message>
    <message>
        <source>&amp;Repair failed tasks</source>
        <translation>&amp;Reparar tarefas com falha</translation>
    </message>
    <message>
        <source>Run the failed tasks of the selected run again</source>
        <translation>Executar de novo as tarefas com falha da execução selecionada</translation>
    </message>
    <message>
        <source>Repair with &amp;dependents</source>
        <translation>Reparar com &amp;dependentes</translation>
    </message>
    <message>
        <source>Run the failed tasks and every task that depends on them again</source>
        <translation>Executar de novo as tarefas com falha e todas as tarefas que dependem delas</translation>
    </message>
    <message>
        <source>Open &amp;job</source>
        <translation>Abrir &amp;job</translation>
    </message>
    <message>
        <source>Show the job of the selected failure</source>
        <translation>Mostrar o job da falha selecionada</translation>
    </message>
    <message>
        <source>Mark as &amp;seen</source>
        <translation>Marcar como &amp;vista</translation>
    </message>
    <message>
        <source>Mark the selected failures as seen</source>
        <translation>Marcar as falhas selecionadas como vistas</translation>
    </message>
    <message>
        <source>Mark &amp;all as seen</source>
        <translation>Marcar &amp;todas como vistas</translation>
    </message>
    <message>
        <source>Mark every failure shown as seen</source>
        <translation>Marcar todas as falhas mostradas como vistas</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Verificar &amp;agora</translation>
    </message>
    <message>
        <source>Ask every workspace for new failures now</source>
        <translation>Perguntar agora a todos os workspaces por novas falhas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Failed runs</source>
        <translation>Execuções com falha</translation>
    </message>
    <message>
        <source>Failed, timed-out and cancelled runs grouped by job, newest first</source>
        <translation>Execuções com falha, tempo esgotado ou canceladas, agrupadas por job, as mais recentes primeiro</translation>
    </message>
    <message>
        <source>Select a failed run to read its error and output here, repair it or open its job.</source>
        <translation>Selecione uma execução com falha para ler aqui o erro e a saída, repará-la ou abrir o job.</translation>
    </message>
    <message>
        <source>Failures in every workspace</source>
        <translation>Falhas em todos os workspaces</translation>
    </message>
    <message>
        <source>Failures in %1</source>
        <translation>Falhas em %1</translation>
    </message>
    <message numerus="yes">
        <source>%n failed run(s), </source>
        <translation>
            <numerusform>%n execução com falha, </numerusform>
            <numerusform>%n execuções com falha, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not seen yet</source>
        <translation>
            <numerusform>%n ainda não vista</numerusform>
            <numerusform>%n ainda não vistas</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace is connected. Open one with File ▸ Workspaces… (Ctrl+Shift+W).</source>
        <translation>Nenhum workspace está conectado. Abra um em Arquivo ▸ Workspaces… (Ctrl+Shift+W).</translation>
    </message>
    <message>
        <source>No failed, timed-out or cancelled runs in this time window. Choose a longer window above to look further back.</source>
        <translation>Nenhuma execução com falha, tempo esgotado ou cancelada nesta janela de tempo. Escolha acima uma janela maior para olhar mais para trás.</translation>
    </message>
    <message>
        <source>Failure inbox</source>
        <translation>Caixa de falhas</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobClustersTab</name>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Chave:</translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation>&amp;Runtime:</translation>
    </message>
    <message>
        <source>&amp;Node type:</source>
        <translation>Tipo de &amp;nó:</translation>
    </message>
    <message>
        <source>&amp;Autoscale</source>
        <translation>&amp;Autoscaling</translation>
    </message>
    <message>
        <source>&amp;Workers:</source>
        <translation>&amp;Workers:</translation>
    </message>
    <message>
        <source>M&amp;in workers:</source>
        <translation>M&amp;ínimo de workers:</translation>
    </message>
    <message>
        <source>Ma&amp;x workers:</source>
        <translation>Má&amp;ximo de workers:</translation>
    </message>
    <message>
        <source>spark.key=value, one per line</source>
        <translation>spark.chave=valor, um por linha</translation>
    </message>
    <message>
        <source>Spark &amp;conf:</source>
        <translation>&amp;Conf do Spark:</translation>
    </message>
    <message>
        <source>key=value, one per line</source>
        <translation>chave=valor, um por linha</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>%1–%2 workers</source>
        <translation>%1–%2 workers</translation>
    </message>
    <message>
        <source>1 worker</source>
        <translation>1 worker</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>%1 workers</translation>
    </message>
    <message>
        <source>Job clusters</source>
        <translation>Clusters do job</translation>
    </message>
    <message>
        <source>This job cluster could not be read: the workspace sent its settings as something other than a JSON object. The form shows it empty and keeps it exactly as sent until you edit it here (see the JSON tab).</source>
        <translation>Não foi possível ler este cluster do job: o workspace enviou as configurações dele como algo que não é um objeto JSON. O formulário o mostra vazio e o mantém exatamente como foi enviado até você editá-lo aqui (veja a aba JSON).</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(sem chave)</translation>
    </message>
    <message>
        <source>could not be read, kept as sent</source>
        <translation>não pôde ser lido, mantido como enviado</translation>
    </message>
    <message>
        <source>This job cluster could not be read: the workspace sent no cluster settings (new_cluster) for it. The form shows it empty and keeps it exactly as sent until you edit it here (see the JSON tab).</source>
        <translation>Não foi possível ler este cluster do job: o workspace não enviou configurações de cluster (new_cluster) para ele. O formulário o mostra vazio e o mantém exatamente como foi enviado até você editá-lo aqui (veja a aba JSON).</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobCostModel</name>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Job %1 (not found)</source>
        <translation>Job %1 (não encontrado)</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Billed cost</source>
        <translation>Custo faturado</translation>
    </message>
    <message>
        <source>DBUs</source>
        <translation>DBUs</translation>
    </message>
    <message>
        <source>Runs billed</source>
        <translation>Execuções faturadas</translation>
    </message>
    <message>
        <source>Cost per run</source>
        <translation>Custo por execução</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobCostService</name>
    <message>
        <source>The SQL warehouse “%1” is stopped, so billed cost was not read. Starting it costs money: start it from a cluster&apos;s Cost tab or in the workspace, then look again.</source>
        <translation>O SQL warehouse “%1” está parado, então o custo faturado não foi lido. Iniciá-lo custa dinheiro: inicie-o pela aba de custo de um cluster ou no workspace e depois olhe de novo.</translation>
    </message>
    <message>
        <source>No SQL warehouse to read billed cost from: run costs are not shown.</source>
        <translation>Nenhum SQL warehouse de onde ler o custo faturado: os custos das execuções não são mostrados.</translation>
    </message>
    <message>
        <source>No SQL warehouse to read billed cost from.</source>
        <translation>Nenhum SQL warehouse de onde ler o custo faturado.</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobCostStripWidget</name>
    <message numerus="yes">
        <source>%1 (UTC): %2 %3, %n run(s)</source>
        <translation>
            <numerusform>%1 (UTC): %2 %3, %n execução</numerusform>
            <numerusform>%1 (UTC): %2 %3, %n execuções</numerusform>
        </translation>
    </message>
    <message>
        <source>Billed cost per day</source>
        <translation>Custo faturado por dia</translation>
    </message>
    <message>
        <source>Most: %1. Last day: %2.</source>
        <translation>Maior: %1. Último dia: %2.</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobDetailWidget</name>
    <message>
        <source>Recent runs:</source>
        <translation>Execuções recentes:</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Visão geral</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>E&amp;xecuções</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>The job&apos;s JSON is on the clipboard.</source>
        <translation>O JSON do job está na área de transferência.</translation>
    </message>
    <message>
        <source>As returned by jobs/get. “Save as JSON…” writes the settings in the format jobs/create accepts.</source>
        <translation>Como retornado por jobs/get. “Salvar como JSON…” grava as configurações no formato aceito por jobs/create.</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Job %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 · %2 · %n task(s)</source>
        <translation>
            <numerusform>Job %1 · %2 · %n tarefa</numerusform>
            <numerusform>Job %1 · %2 · %n tarefas</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>Saved “%1” to %2 (a jobs/create body).</source>
        <translation>“%1” salvo em %2 (um corpo de jobs/create).</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Todas as execuções</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Concluídas</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <source>Loading runs… %1 so far</source>
        <translation>Carregando execuções… %1 até agora</translation>
    </message>
    <message>
        <source>Runs could not be loaded: %1</source>
        <translation>Não foi possível carregar as execuções: %1</translation>
    </message>
    <message>
        <source>&amp;Open run</source>
        <translation>&amp;Abrir execução</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Abrir no &amp;navegador</translation>
    </message>
    <message>
        <source>&amp;Cancel run…</source>
        <translation>&amp;Cancelar execução…</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Cancelar execução</translation>
    </message>
    <message>
        <source>Cancel run %1 of “%2”?

The work its running tasks have not finished is lost.</source>
        <translation>Cancelar a execução %1 de “%2”?

O trabalho que as tarefas em execução não concluíram é perdido.</translation>
    </message>
    <message>
        <source>Could not cancel run %1: %2</source>
        <translation>Não foi possível cancelar a execução %1: %2</translation>
    </message>
    <message>
        <source>Cancelling run %1…</source>
        <translation>Cancelando a execução %1…</translation>
    </message>
    <message>
        <source>&amp;Delete run…</source>
        <translation>&amp;Excluir execução…</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Excluir execução</translation>
    </message>
    <message>
        <source>Delete run %1 of “%2”?

Its record, task history and output are removed and cannot be recovered.</source>
        <translation>Excluir a execução %1 de “%2”?

O registro, o histórico de tarefas e a saída são removidos e não podem ser recuperados.</translation>
    </message>
    <message>
        <source>Could not delete run %1: %2</source>
        <translation>Não foi possível excluir a execução %1: %2</translation>
    </message>
    <message>
        <source>Deleted run %1.</source>
        <translation>Execução %1 excluída.</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 execuções</translation>
    </message>
    <message>
        <source>Not readable with your access to this job.</source>
        <translation>Sem permissão de leitura com o seu acesso a este job.</translation>
    </message>
    <message>
        <source>Not available on this workspace.</source>
        <translation>Não disponível neste workspace.</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Não foi possível ler: %1</translation>
    </message>
    <message>
        <source>%1 runs loaded, scroll for older ones</source>
        <translation>%1 execuções carregadas; role para ver as mais antigas</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>Billed cost: looking for a SQL warehouse…</source>
        <translation>Custo faturado: procurando um SQL warehouse…</translation>
    </message>
    <message>
        <source>Billed cost: reading system.billing.usage…</source>
        <translation>Custo faturado: lendo system.billing.usage…</translation>
    </message>
    <message>
        <source>Billed cost is not shown. %1</source>
        <translation>O custo faturado não é mostrado. %1</translation>
    </message>
    <message>
        <source>Billed cost: no usage of this job in the last %1 days. Runs on all-purpose clusters or SQL warehouses are billed to them, not to the job.</source>
        <translation>Custo faturado: nenhum uso deste job nos últimos %1 dias. Execuções em clusters all-purpose ou SQL warehouses são faturadas a eles, não ao job.</translation>
    </message>
    <message numerus="yes">
        <source>Billed cost: %1 %2 in the last %3 days (a bar a day below); %4 %2 for %n run(s) in the last %5 days.</source>
        <translation>
            <numerusform>Custo faturado: %1 %2 nos últimos %3 dias (uma barra por dia abaixo); %4 %2 por %n execução nos últimos %5 dias.</numerusform>
            <numerusform>Custo faturado: %1 %2 nos últimos %3 dias (uma barra por dia abaixo); %4 %2 por %n execuções nos últimos %5 dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>No billed usage names this run: it ran on an all-purpose cluster or a SQL warehouse (billed to them, not to the job), it started more than %1 days ago, or it is not billed yet (billing lags up to about 12 hours).</source>
        <translation>Nenhum uso faturado cita esta execução: ela rodou em um cluster all-purpose ou em um SQL warehouse (faturados a eles, não ao job), começou há mais de %1 dias, ou ainda não foi faturada (o faturamento atrasa até cerca de 12 horas).</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Job views</source>
        <translation>Visões do job</translation>
    </message>
    <message>
        <source>Job overview</source>
        <translation>Visão geral do job</translation>
    </message>
    <message>
        <source>Job JSON</source>
        <translation>JSON do job</translation>
    </message>
    <message>
        <source>Which runs</source>
        <translation>Quais execuções</translation>
    </message>
    <message>
        <source>Runs started from</source>
        <translation>Execuções iniciadas desde</translation>
    </message>
    <message>
        <source>Runs started until</source>
        <translation>Execuções iniciadas até</translation>
    </message>
    <message>
        <source>Runs of the job</source>
        <translation>Execuções do job</translation>
    </message>
    <message>
        <source>Newest first; Enter opens a run</source>
        <translation>As mais recentes primeiro; Enter abre uma execução</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) from the local archive</source>
        <translation>
            <numerusform>%n execução do arquivo local</numerusform>
            <numerusform>%n execuções do arquivo local</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace cannot be reached, and the local archive holds nothing of this job.</source>
        <translation>O workspace não pode ser alcançado, e o arquivo local não guarda nada deste job.</translation>
    </message>
    <message numerus="yes">
        <source>From the local archive, as last seen on %1 · %n task(s)</source>
        <translation>
            <numerusform>Do arquivo local, como visto pela última vez em %1 · %n tarefa</numerusform>
            <numerusform>Do arquivo local, como visto pela última vez em %1 · %n tarefas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::JobDriftDialog</name>
    <message>
        <source>Compare “%1” with another workspace</source>
        <translation>Comparar “%1” com outro workspace</translation>
    </message>
    <message>
        <source>Job %1 “%2”.</source>
        <translation>Job %1 “%2”.</translation>
    </message>
    <message>
        <source>Job %1 “%2” in “%3”.</source>
        <translation>Job %1 “%2” em “%3”.</translation>
    </message>
    <message>
        <source>Workspace to compare with</source>
        <translation>Workspace com que comparar</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (aberto)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Hide the ids of workspace objects (clusters, pools, policies, warehouses, jobs…)</source>
        <translation>&amp;Ocultar os ids de objetos do workspace (clusters, pools, políticas, warehouses, jobs…)</translation>
    </message>
    <message>
        <source>Clusters, pools, policies, SQL warehouses, queries, dashboards, alerts, pipelines and other jobs have another id in each workspace, so these differ even where nothing drifted; shown, they tell whether a task points at another object.</source>
        <translation>Clusters, pools, políticas, SQL warehouses, consultas, dashboards, alertas, pipelines e outros jobs têm outro id em cada workspace, então esses ids diferem mesmo onde nada divergiu; visíveis, mostram se uma tarefa aponta para outro objeto.</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Comparar co&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Filter by name, ID, tag or owner</source>
        <translation>Filtrar por nome, ID, tag ou proprietário</translation>
    </message>
    <message>
        <source>Filter the jobs to choose from</source>
        <translation>Filtrar os jobs entre os quais escolher</translation>
    </message>
    <message>
        <source>Compare with the selected &amp;job</source>
        <translation>Comparar com o &amp;job selecionado</translation>
    </message>
    <message>
        <source>Loading the jobs of “%1”… %2 so far</source>
        <translation>Carregando os jobs de “%1”… %2 até agora</translation>
    </message>
    <message>
        <source>%1 of %2 jobs</source>
        <translation>%1 de %2 jobs</translation>
    </message>
    <message>
        <source>The jobs could not be listed: %1</source>
        <translation>Não foi possível listar os jobs: %1</translation>
    </message>
    <message>
        <source>No other workspace is configured: add one with File ▸ Workspaces…, or as a profile in ~/.databrickscfg.</source>
        <translation>Nenhum outro workspace está configurado: adicione um em Arquivo ▸ Workspaces…, ou como perfil em ~/.databrickscfg.</translation>
    </message>
    <message>
        <source>Choose the workspace to compare with.</source>
        <translation>Escolha o workspace com que comparar.</translation>
    </message>
    <message>
        <source>this workspace</source>
        <translation>este workspace</translation>
    </message>
    <message>
        <source>From here to “%1”:</source>
        <translation>Daqui para “%1”:</translation>
    </message>
    <message>
        <source>From “%1” here to “%2” in “%3”:</source>
        <translation>De “%1” aqui para “%2” em “%3”:</translation>
    </message>
    <message>
        <source>Here (%1), job %2</source>
        <translation>Aqui (%1), job %2</translation>
    </message>
    <message>
        <source>%1, job %2</source>
        <translation>%1, job %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Nenhuma diferença.</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobDriftService</name>
    <message>
        <source>Could not connect to “%1”: %2</source>
        <translation>Não foi possível conectar a “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” was closed.</source>
        <translation>“%1” foi fechado.</translation>
    </message>
    <message>
        <source>The jobs of “%1” could not be listed: %2</source>
        <translation>Não foi possível listar os jobs de “%1”: %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompido.</translation>
    </message>
    <message>
        <source>“%1” could not be read again here: %2</source>
        <translation>Não foi possível ler “%1” de novo aqui: %2</translation>
    </message>
    <message>
        <source>Job %1 of “%2” could not be read: %3</source>
        <translation>Não foi possível ler o job %1 de “%2”: %3</translation>
    </message>
    <message>
        <source>Connecting to “%1”…</source>
        <translation>Conectando a “%1”…</translation>
    </message>
    <message>
        <source>Looking for “%1” in “%2”…</source>
        <translation>Procurando “%1” em “%2”…</translation>
    </message>
    <message numerus="yes">
        <source>%n jobs in “%1” are named “%2”. Choose the one to compare with.</source>
        <translation>
            <numerusform>%n job em “%1” se chama “%2”. Escolha com qual comparar.</numerusform>
            <numerusform>%n jobs em “%1” se chamam “%2”. Escolha com qual comparar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No job in “%1” is named “%2”. Choose the job to compare with.</source>
        <translation>Nenhum job em “%1” se chama “%2”. Escolha o job com que comparar.</translation>
    </message>
    <message>
        <source>Reading both jobs…</source>
        <translation>Lendo os dois jobs…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>No differences: job %1 in “%2” has the same settings as this one.</source>
        <translation>Nenhuma diferença: o job %1 em “%2” tem as mesmas configurações que este.</translation>
    </message>
    <message>
        <source>1 difference between this job and job %1 in “%2”.</source>
        <translation>1 diferença entre este job e o job %1 em “%2”.</translation>
    </message>
    <message numerus="yes">
        <source>%n differences between this job and job %1 in “%2”.</source>
        <translation>
            <numerusform>%n diferença entre este job e o job %1 em “%2”.</numerusform>
            <numerusform>%n diferenças entre este job e o job %1 em “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::JobFormController</name>
    <message>
        <source>This job was deployed from a bundle and is locked against edits in the UI, so it opens read-only. Change it in the bundle and deploy again, or unlock it in the workspace (edit_mode EDITABLE) to edit it here.</source>
        <translation>Este job foi implantado a partir de um bundle e está bloqueado para edições na interface, por isso abre somente para leitura. Altere-o no bundle e implante de novo, ou desbloqueie-o no workspace (edit_mode EDITABLE) para editá-lo aqui.</translation>
    </message>
    <message>
        <source>The cluster &quot;%1&quot; does not exist in this workspace; pick another one.</source>
        <translation>O cluster &quot;%1&quot; não existe neste workspace; escolha outro.</translation>
    </message>
    <message>
        <source>Reading job %1…</source>
        <translation>Lendo o job %1…</translation>
    </message>
    <message>
        <source>Could not read the job: %1</source>
        <translation>Não foi possível ler o job: %1</translation>
    </message>
    <message>
        <source>Creating the job…</source>
        <translation>Criando o job…</translation>
    </message>
    <message>
        <source>Created job %1.</source>
        <translation>Job %1 criado.</translation>
    </message>
    <message>
        <source>Checking for changes made elsewhere…</source>
        <translation>Verificando alterações feitas em outro lugar…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saved job %1.</source>
        <translation>Job %1 salvo.</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>JSON inválido no caractere %1: %2</translation>
    </message>
    <message>
        <source>The JSON must be an object (JobSettings).</source>
        <translation>O JSON deve ser um objeto (JobSettings).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (character %1: %2).</source>
        <translation>O arquivo não é um JSON válido (caractere %1: %2).</translation>
    </message>
    <message>
        <source>The file must contain a JSON object: a jobs create body or a job as jobs get returns it.</source>
        <translation>O arquivo deve conter um objeto JSON: um corpo de jobs create ou um job como o jobs get o retorna.</translation>
    </message>
    <message>
        <source>The file does not look like a job: it has neither &quot;name&quot; nor &quot;tasks&quot;.</source>
        <translation>O arquivo não parece um job: não tem &quot;name&quot; nem &quot;tasks&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Bundle deployment: %1</source>
        <translation>Implantação do bundle: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobFormDialog</name>
    <message>
        <source>New job</source>
        <translation>Novo job</translation>
    </message>
    <message>
        <source>Edit job %1</source>
        <translation>Editar job %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Clone job %1</source>
        <translation>Clonar job %1</translation>
    </message>
    <message>
        <source>Edit job %1 (draft)</source>
        <translation>Editar job %1 (rascunho)</translation>
    </message>
    <message>
        <source>New job (draft)</source>
        <translation>Novo job (rascunho)</translation>
    </message>
    <message>
        <source>Values that looked like secrets were not kept in the draft; enter them again: %1</source>
        <translation>Valores que pareciam segredos não foram mantidos no rascunho; informe-os novamente: %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Job clusters</source>
        <translation>Job clusters</translation>
    </message>
    <message>
        <source>Schedule &amp;&amp; triggers</source>
        <translation>Agendamento &amp;&amp; gatilhos</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Import from JSON…</source>
        <translation>Importar de JSON…</translation>
    </message>
    <message>
        <source>Import job from JSON</source>
        <translation>Importar job de JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Arquivos JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import from JSON</source>
        <translation>Importar de JSON</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar rascunho</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>The workspace refused the job: %1</source>
        <translation>O workspace recusou o job: %1</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Pronto para salvar.</translation>
    </message>
    <message>
        <source>Ready to create.</source>
        <translation>Pronto para criar.</translation>
    </message>
    <message>
        <source>1 problem to fix before the job can be saved.</source>
        <translation>1 problema a corrigir antes de salvar o job.</translation>
    </message>
    <message>
        <source>%1 problems to fix before the job can be saved.</source>
        <translation>%1 problemas a corrigir antes de salvar o job.</translation>
    </message>
    <message>
        <source>Job changed elsewhere</source>
        <translation>Job alterado em outro lugar</translation>
    </message>
    <message>
        <source>Someone changed this job since you opened the form. Saving now replaces their changes with yours.</source>
        <translation>Alguém alterou este job depois que você abriu o formulário. Salvar agora substitui as alterações dessa pessoa pelas suas.</translation>
    </message>
    <message>
        <source>What changed on the server:
%1</source>
        <translation>O que mudou no servidor:
%1</translation>
    </message>
    <message>
        <source>Overwrite their changes</source>
        <translation>Sobrescrever as alterações</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuar editando</translation>
    </message>
    <message>
        <source>Read-only: this job is managed by a bundle.</source>
        <translation>Somente leitura: este job é gerenciado por um bundle.</translation>
    </message>
    <message>
        <source>Your changes are not kept as a draft, so they are only in this window until the job is saved. %1.</source>
        <translation>Suas alterações não estão guardadas como rascunho, então só existem nesta janela até o job ser salvo. %1.</translation>
    </message>
    <message>
        <source>Close without a draft</source>
        <translation>Fechar sem rascunho</translation>
    </message>
    <message>
        <source>Your changes could not be kept as a draft. Closing the form loses them.

%1.</source>
        <translation>Suas alterações não puderam ser guardadas como rascunho. Fechar o formulário as perde.

%1.</translation>
    </message>
    <message>
        <source>Close and lose changes</source>
        <translation>Fechar e perder as alterações</translation>
    </message>
    <message>
        <source>Parts of the job</source>
        <translation>Partes do job</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobGeneralTab</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>key=value, one per line</source>
        <translation>chave=valor, um por linha</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>name=default, one per line</source>
        <translation>nome=padrão, um por linha</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Parâmetros:</translation>
    </message>
    <message>
        <source>addresses, separated by commas</source>
        <translation>endereços, separados por vírgulas</translation>
    </message>
    <message>
        <source>E-mail on &amp;start:</source>
        <translation>E-mail ao &amp;iniciar:</translation>
    </message>
    <message>
        <source>E-mail on s&amp;uccess:</source>
        <translation>E-mail em caso de s&amp;ucesso:</translation>
    </message>
    <message>
        <source>E-mail on &amp;failure:</source>
        <translation>E-mail em caso de &amp;falha:</translation>
    </message>
    <message>
        <source>Default (1)</source>
        <translation>Padrão (1)</translation>
    </message>
    <message>
        <source>Max concurrent &amp;runs:</source>
        <translation>Máx. de &amp;execuções simultâneas:</translation>
    </message>
    <message>
        <source>No timeout</source>
        <translation>Sem tempo limite</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Tempo limite:</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Padrão do servidor</translation>
    </message>
    <message>
        <source>Queue runs when limits are reached</source>
        <translation>Enfileirar execuções quando os limites forem atingidos</translation>
    </message>
    <message>
        <source>Skip runs when limits are reached</source>
        <translation>Ignorar execuções quando os limites forem atingidos</translation>
    </message>
    <message>
        <source>&amp;Queueing:</source>
        <translation>&amp;Fila:</translation>
    </message>
    <message>
        <source>Standard (serverless, lower cost)</source>
        <translation>Padrão (serverless, custo menor)</translation>
    </message>
    <message>
        <source>Performance optimized (serverless, faster start)</source>
        <translation>Otimizado para desempenho (serverless, início mais rápido)</translation>
    </message>
    <message>
        <source>Pe&amp;rformance target:</source>
        <translation>Meta de &amp;desempenho:</translation>
    </message>
    <message>
        <source>budget policy ID</source>
        <translation>ID da política de orçamento</translation>
    </message>
    <message>
        <source>&amp;Budget policy:</source>
        <translation>Política de &amp;orçamento:</translation>
    </message>
    <message>
        <source>usage policy ID</source>
        <translation>ID da política de uso</translation>
    </message>
    <message>
        <source>Usa&amp;ge policy:</source>
        <translation>Política de &amp;uso:</translation>
    </message>
    <message>
        <source>key=environment version, one per line (serverless)</source>
        <translation>chave=versão do ambiente, uma por linha (serverless)</translation>
    </message>
    <message>
        <source>&amp;Environments:</source>
        <translation>&amp;Ambientes:</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobHistoryService</name>
    <message>
        <source>Version %1 restored: it is the job&apos;s settings on the server now.</source>
        <translation>Versão %1 restaurada: agora são as configurações do job no servidor.</translation>
    </message>
    <message>
        <source>Version %1 was not restored. %2</source>
        <translation>A versão %1 não foi restaurada. %2</translation>
    </message>
    <message>
        <source>Version %1 could not be restored: %2</source>
        <translation>Não foi possível restaurar a versão %1: %2</translation>
    </message>
    <message>
        <source>Select a version to restore.</source>
        <translation>Selecione uma versão para restaurar.</translation>
    </message>
    <message>
        <source>Restoring needs a connection to the workspace.</source>
        <translation>Restaurar exige uma conexão com o workspace.</translation>
    </message>
    <message>
        <source>Wait for the job and its history to load.</source>
        <translation>Aguarde o job e o histórico carregarem.</translation>
    </message>
    <message>
        <source>A version is being restored.</source>
        <translation>Uma versão está sendo restaurada.</translation>
    </message>
    <message>
        <source>This version is the job&apos;s current settings.</source>
        <translation>Esta versão é a das configurações atuais do job.</translation>
    </message>
    <message>
        <source>Restoring version %1…</source>
        <translation>Restaurando a versão %1…</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobHistoryWidget</name>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vista pela primeira vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vista pela última vez</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Changes from the selected version to the current settings:</source>
        <translation>Mudanças da versão selecionada para as configurações atuais:</translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation>Versão selecionada</translation>
    </message>
    <message>
        <source>Current settings</source>
        <translation>Configurações atuais</translation>
    </message>
    <message>
        <source>current</source>
        <translation>atual</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Não foi possível ler o histórico: %1</translation>
    </message>
    <message>
        <source>No archive for this workspace.</source>
        <translation>Não há arquivo local para este workspace.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Carregando o histórico…</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) of this job&apos;s settings in the archive.</source>
        <translation>
            <numerusform>%n versão das configurações deste job no arquivo local.</numerusform>
            <numerusform>%n versões das configurações deste job no arquivo local.</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes: this version is the current settings.</source>
        <translation>Nenhuma mudança: esta versão é a das configurações atuais.</translation>
    </message>
    <message>
        <source>Versions of the job</source>
        <translation>Versões do job</translation>
    </message>
    <message>
        <source>Each version of the settings the archive has seen; select one to compare</source>
        <translation>Cada versão das configurações que o arquivo registrou; selecione uma para comparar</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>&amp;Restaurar esta versão…</translation>
    </message>
    <message>
        <source>Save this version as the job&apos;s settings, after checking that nobody changed the job since it was shown here.</source>
        <translation>Salva esta versão como as configurações do job, depois de verificar que ninguém alterou o job desde que ele foi mostrado aqui.</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…e mais %1.</translation>
    </message>
    <message>
        <source>Restore version %1 of this job&apos;s settings?

The settings on the server are replaced by this version&apos;s, through the same save as the job form: if the job changed since it was shown here, nothing is written.</source>
        <translation>Restaurar a versão %1 das configurações deste job?

As configurações no servidor são substituídas pelas desta versão, pelo mesmo salvamento do formulário do job: se o job mudou desde que foi mostrado aqui, nada é gravado.</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>O que muda:</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Restaurar versão</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Changes from the selected version to the newest in the archive (the job itself could not be read):</source>
        <translation>Mudanças da versão selecionada para a mais nova no arquivo local (o próprio job não pôde ser lido):</translation>
    </message>
    <message>
        <source>Newest in the archive</source>
        <translation>Mais nova no arquivo local</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobJsonTab</name>
    <message>
        <source>This is exactly what will be sent. Switch on editing to change it directly; fields the form does not show are kept as they are.</source>
        <translation>Isto é exatamente o que será enviado. Ative a edição para alterá-lo diretamente; os campos que o formulário não mostra são mantidos como estão.</translation>
    </message>
    <message>
        <source>&amp;Edit JSON</source>
        <translation>&amp;Editar JSON</translation>
    </message>
    <message>
        <source>&amp;Apply to form</source>
        <translation>&amp;Aplicar ao formulário</translation>
    </message>
    <message>
        <source>The job as JSON</source>
        <translation>O job em JSON</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobScheduleTab</name>
    <message>
        <source>Manual only</source>
        <translation>Somente manual</translation>
    </message>
    <message>
        <source>Schedule (Quartz cron)</source>
        <translation>Agendamento (cron do Quartz)</translation>
    </message>
    <message>
        <source>File arrival</source>
        <translation>Chegada de arquivo</translation>
    </message>
    <message>
        <source>Periodic</source>
        <translation>Periódico</translation>
    </message>
    <message>
        <source>Other (kept as is)</source>
        <translation>Outro (mantido como está)</translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation>&amp;Gatilho:</translation>
    </message>
    <message>
        <source>&amp;Paused</source>
        <translation>&amp;Pausado</translation>
    </message>
    <message>
        <source>The job runs only when started by hand or through the API.</source>
        <translation>O job só é executado quando iniciado manualmente ou pela API.</translation>
    </message>
    <message>
        <source>&amp;Cron:</source>
        <translation>&amp;Cron:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>Next runs:</source>
        <translation>Próximas execuções:</translation>
    </message>
    <message>
        <source>/Volumes/… or s3://bucket/path/</source>
        <translation>/Volumes/… ou s3://bucket/caminho/</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Min time between triggers:</source>
        <translation>Tempo mínimo entre disparos:</translation>
    </message>
    <message>
        <source>Wait after last change:</source>
        <translation>Aguardar após a última alteração:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;A cada:</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidade:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This schedule never fires.</source>
        <translation>Este agendamento nunca dispara.</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Contínuo</translation>
    </message>
    <message>
        <source>Table update</source>
        <translation>Atualização de tabela</translation>
    </message>
    <message>
        <source>Model (Unity Catalog)</source>
        <translation>Modelo (Unity Catalog)</translation>
    </message>
    <message>
        <source>SQL condition</source>
        <translation>Condição SQL</translation>
    </message>
    <message>
        <source>A new run starts as soon as the previous one ends (continuous).</source>
        <translation>Uma nova execução começa assim que a anterior termina (contínuo).</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(não definido)</translation>
    </message>
    <message>
        <source>catalog.schema.table, one per line</source>
        <translation>catálogo.esquema.tabela, uma por linha</translation>
    </message>
    <message>
        <source>&amp;Tables:</source>
        <translation>&amp;Tabelas:</translation>
    </message>
    <message>
        <source>when any of them is updated</source>
        <translation>quando qualquer uma for atualizada</translation>
    </message>
    <message>
        <source>when all of them are updated</source>
        <translation>quando todas forem atualizadas</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Iniciar:</translation>
    </message>
    <message>
        <source>a model is created</source>
        <translation>um modelo é criado</translation>
    </message>
    <message>
        <source>a model version is ready</source>
        <translation>uma versão do modelo fica pronta</translation>
    </message>
    <message>
        <source>an alias is set</source>
        <translation>um alias é definido</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>catalog.schema.model, or a schema for all its models</source>
        <translation>catálogo.esquema.modelo, ou um esquema para todos os seus modelos</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>aliases, separated by commas</source>
        <translation>aliases, separados por vírgulas</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Aliases:</translation>
    </message>
    <message>
        <source>&amp;Warehouse ID:</source>
        <translation>ID do &amp;warehouse:</translation>
    </message>
    <message>
        <source>&amp;Query ID:</source>
        <translation>ID da &amp;consulta:</translation>
    </message>
    <message>
        <source>when the query returns rows</source>
        <translation>quando a consulta retorna linhas</translation>
    </message>
    <message>
        <source>when the result changes</source>
        <translation>quando o resultado muda</translation>
    </message>
    <message>
        <source>This job uses a trigger the form does not edit. It is kept exactly as it is; pick another trigger to replace it.</source>
        <translation>Este job usa um gatilho que o formulário não edita. Ele é mantido exatamente como está; escolha outro gatilho para substituí-lo.</translation>
    </message>
    <message>
        <source>The trigger as JSON</source>
        <translation>O gatilho em JSON</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobTaskEditor</name>
    <message>
        <source>SQL warehouse (no cluster)</source>
        <translation>SQL warehouse (sem cluster)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Existing all-purpose cluster</source>
        <translation>Cluster all-purpose existente</translation>
    </message>
    <message>
        <source>Shared job cluster</source>
        <translation>Job cluster compartilhado</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Serverless</translation>
    </message>
    <message>
        <source>Task&apos;s own cluster (kept as is)</source>
        <translation>Cluster próprio da tarefa (mantido como está)</translation>
    </message>
    <message>
        <source>Task &amp;key:</source>
        <translation>&amp;Chave da tarefa:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ção:</translation>
    </message>
    <message>
        <source>&amp;Depends on:</source>
        <translation>&amp;Depende de:</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Origem:</translation>
    </message>
    <message>
        <source>one argument per line</source>
        <translation>um argumento por linha</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumentos:</translation>
    </message>
    <message>
        <source>&amp;Compute:</source>
        <translation>&amp;Computação:</translation>
    </message>
    <message>
        <source>C&amp;luster:</source>
        <translation>C&amp;luster:</translation>
    </message>
    <message>
        <source>Job cl&amp;uster:</source>
        <translation>Job cl&amp;uster:</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>Am&amp;biente:</translation>
    </message>
    <message>
        <source>-1 retries forever</source>
        <translation>-1 tenta indefinidamente</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Retry on timeout</source>
        <translation>Tentar novamente ao esgotar o tempo</translation>
    </message>
    <message>
        <source>every</source>
        <translation>a cada</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Tentativas:</translation>
    </message>
    <message>
        <source>No timeout</source>
        <translation>Sem tempo limite</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ti&amp;meout:</source>
        <translation>Te&amp;mpo limite:</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>%1 (not in this workspace)</source>
        <translation>%1 (não está neste workspace)</translation>
    </message>
    <message>
        <source>D&amp;isabled (skipped when the job runs)</source>
        <translation>D&amp;esativada (ignorada quando o job é executado)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Novas tentativas</translation>
    </message>
    <message>
        <source>Time between retries</source>
        <translation>Intervalo entre tentativas</translation>
    </message>
    <message>
        <source>This task could not be read: the workspace sent the settings of its kind as something other than a JSON object. The form shows them empty and keeps the task exactly as sent until you edit it here (see the JSON tab).</source>
        <translation>Não foi possível ler esta tarefa: o workspace enviou as configurações do tipo dela como algo que não é um objeto JSON. O formulário as mostra vazias e mantém a tarefa exatamente como foi enviada até você editá-la aqui (veja a aba JSON).</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobTaskTypePages</name>
    <message>
        <source>/Workspace/Users/…/notebook</source>
        <translation>/Workspace/Users/…/notebook</translation>
    </message>
    <message>
        <source>Notebook &amp;path:</source>
        <translation>&amp;Caminho do notebook:</translation>
    </message>
    <message>
        <source>name=value, one per line</source>
        <translation>nome=valor, um por linha</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parâmetros:</translation>
    </message>
    <message>
        <source>/Workspace/…/main.py or dbfs:/…</source>
        <translation>/Workspace/…/main.py ou dbfs:/…</translation>
    </message>
    <message>
        <source>Python &amp;file:</source>
        <translation>&amp;Arquivo Python:</translation>
    </message>
    <message>
        <source>Packa&amp;ge name:</source>
        <translation>Nome do pa&amp;cote:</translation>
    </message>
    <message>
        <source>&amp;Entry point:</source>
        <translation>&amp;Ponto de entrada:</translation>
    </message>
    <message>
        <source>/Volumes/…/package.whl</source>
        <translation>/Volumes/…/package.whl</translation>
    </message>
    <message>
        <source>&amp;Wheel:</source>
        <translation>&amp;Wheel:</translation>
    </message>
    <message>
        <source>com.example.Main</source>
        <translation>com.example.Main</translation>
    </message>
    <message>
        <source>&amp;Main class:</source>
        <translation>Classe &amp;principal:</translation>
    </message>
    <message>
        <source>/Volumes/…/app.jar</source>
        <translation>/Volumes/…/app.jar</translation>
    </message>
    <message>
        <source>&amp;JAR:</source>
        <translation>&amp;JAR:</translation>
    </message>
    <message>
        <source>&amp;Warehouse ID:</source>
        <translation>ID do &amp;warehouse:</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Executar:</translation>
    </message>
    <message>
        <source>query ID, file path, alert ID or dashboard ID</source>
        <translation>ID da consulta, caminho do arquivo, ID do alerta ou ID do dashboard</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>&amp;Qual:</translation>
    </message>
    <message>
        <source>job ID</source>
        <translation>ID do job</translation>
    </message>
    <message>
        <source>&amp;Job ID:</source>
        <translation>ID do &amp;job:</translation>
    </message>
    <message>
        <source>Job parameters:</source>
        <translation>Parâmetros do job:</translation>
    </message>
    <message>
        <source>This task is a &quot;%1&quot;. The form does not edit this kind; its settings are kept exactly as they are (see the JSON tab).</source>
        <translation>Esta tarefa é do tipo &quot;%1&quot;. O formulário não edita esse tipo; as configurações dela são mantidas exatamente como estão (veja a aba JSON).</translation>
    </message>
    <message>
        <source>[&quot;a&quot;, &quot;b&quot;] or {{tasks.list.values.items}}</source>
        <translation>[&quot;a&quot;, &quot;b&quot;] ou {{tasks.list.values.items}}</translation>
    </message>
    <message>
        <source>&amp;Inputs:</source>
        <translation>&amp;Entradas:</translation>
    </message>
    <message>
        <source>Default (1)</source>
        <translation>Padrão (1)</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Concorrência:</translation>
    </message>
    <message>
        <source>the task to run for each input, as JSON</source>
        <translation>a tarefa a executar para cada entrada, em JSON</translation>
    </message>
    <message>
        <source>Nested &amp;task:</source>
        <translation>&amp;Tarefa aninhada:</translation>
    </message>
    <message>
        <source>a value or {{job.parameters.x}}</source>
        <translation>um valor ou {{job.parameters.x}}</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Esquerda:</translation>
    </message>
    <message>
        <source>equals (as text)</source>
        <translation>é igual a (como texto)</translation>
    </message>
    <message>
        <source>does not equal (as text)</source>
        <translation>é diferente de (como texto)</translation>
    </message>
    <message>
        <source>greater than</source>
        <translation>maior que</translation>
    </message>
    <message>
        <source>greater than or equal to</source>
        <translation>maior ou igual a</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>menor que</translation>
    </message>
    <message>
        <source>less than or equal to</source>
        <translation>menor ou igual a</translation>
    </message>
    <message>
        <source>&amp;Comparison:</source>
        <translation>&amp;Comparação:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Direita:</translation>
    </message>
    <message>
        <source>&amp;Pipeline ID:</source>
        <translation>ID do &amp;pipeline:</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>Atualização &amp;completa</translation>
    </message>
    <message>
        <source>&amp;Dashboard ID:</source>
        <translation>ID do &amp;painel:</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexão:</translation>
    </message>
    <message>
        <source>&amp;Refresh the model after the update</source>
        <translation>&amp;Atualizar o modelo após a atualização</translation>
    </message>
    <message>
        <source>&amp;Alert ID:</source>
        <translation>ID do &amp;alerta:</translation>
    </message>
    <message>
        <source>Workspace &amp;path:</source>
        <translation>&amp;Caminho no workspace:</translation>
    </message>
    <message>
        <source>dbt &amp;job ID:</source>
        <translation>ID do &amp;job dbt:</translation>
    </message>
    <message>
        <source>Not a JSON object yet: %1</source>
        <translation>Ainda não é um objeto JSON: %1</translation>
    </message>
    <message>
        <source>The task as JSON</source>
        <translation>A tarefa em JSON</translation>
    </message>
    <message>
        <source>This entry of the job&apos;s tasks is not a JSON object. The form cannot edit it; it is kept exactly as it is (see the JSON tab).</source>
        <translation>Esta entrada das tarefas do job não é um objeto JSON. O formulário não consegue editá-la; ela é mantida exatamente como está (veja a aba JSON).</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobTasksTab</name>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(sem chave)</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(desativada)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>could not be read, kept as sent</source>
        <translation>não pôde ser lida, mantida como enviada</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobVersionRestore</name>
    <message>
        <source>There is no connection to the workspace.</source>
        <translation>Não há conexão com o workspace.</translation>
    </message>
    <message>
        <source>The archive keeps no secrets, and the job&apos;s current settings do not hold the same secret values as this version, so restoring it would write “%1” into the job. Change the job in its form instead.</source>
        <translation>O arquivo local não guarda segredos, e as configurações atuais do job não têm os mesmos valores secretos desta versão; restaurá-la gravaria “%1” no job. Altere o job no formulário dele.</translation>
    </message>
    <message>
        <source>The job form finds problems in this version, so it was not saved.</source>
        <translation>O formulário do job encontrou problemas nesta versão, por isso ela não foi salva.</translation>
    </message>
    <message>
        <source>The job changed on the server since it was shown here, so nothing was restored. Look at its settings again, then restore the version if you still want it.</source>
        <translation>O job mudou no servidor desde que foi mostrado aqui, por isso nada foi restaurado. Veja as configurações dele de novo e restaure a versão se ainda quiser.</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsModel</name>
    <message>
        <source>Never run</source>
        <translation>Nunca executado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>ID do job</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Agendamento</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado em</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última execução</translation>
    </message>
    <message>
        <source>From the local archive: as last seen on %1.</source>
        <translation>Do arquivo local: como visto pela última vez em %1.</translation>
    </message>
</context>
<context>
    <name>brickdesk::JobsPage</name>
    <message>
        <source>Filter by name, ID, tag or owner (Ctrl+F)</source>
        <translation>Filtrar por nome, ID, tag ou proprietário (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Scheduled</source>
        <translation>A&amp;gendados</translation>
    </message>
    <message>
        <source>F&amp;ailed last run</source>
        <translation>Última &amp;falhou</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meus</translation>
    </message>
    <message>
        <source>Jobs created by or running as you (your user name is not known yet)</source>
        <translation>Jobs criados por você ou executados como você (seu nome de usuário ainda não é conhecido)</translation>
    </message>
    <message>
        <source>Refresh the list automatically</source>
        <translation>Atualizar a lista automaticamente</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>Atualização automática desligada</translation>
    </message>
    <message>
        <source>Every 30 s</source>
        <translation>A cada 30 s</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>A cada minuto</translation>
    </message>
    <message>
        <source>Every 5 minutes</source>
        <translation>A cada 5 minutos</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>A cada 15 minutos</translation>
    </message>
    <message>
        <source>Stop loading</source>
        <translation>Parar de carregar</translation>
    </message>
    <message>
        <source>Stop loading the list (Esc); the jobs loaded so far stay</source>
        <translation>Parar de carregar a lista (Esc); os jobs já carregados permanecem</translation>
    </message>
    <message>
        <source>Select a job to see its settings and runs.</source>
        <translation>Selecione um job para ver as configurações e execuções.</translation>
    </message>
    <message>
        <source>Jobs could not be loaded: %1</source>
        <translation>Não foi possível carregar os jobs: %1</translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation>&amp;Novo job…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>C&amp;lone…</source>
        <translation>C&amp;lonar…</translation>
    </message>
    <message>
        <source>&amp;Run now…</source>
        <translation>E&amp;xecutar agora…</translation>
    </message>
    <message>
        <source>&amp;Cancel active runs…</source>
        <translation>&amp;Cancelar execuções ativas…</translation>
    </message>
    <message>
        <source>&amp;Pause schedule</source>
        <translation>&amp;Pausar agendamento</translation>
    </message>
    <message>
        <source>Res&amp;ume schedule</source>
        <translation>Re&amp;tomar agendamento</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Abrir no &amp;navegador</translation>
    </message>
    <message>
        <source>&amp;Save as JSON…</source>
        <translation>&amp;Salvar como JSON…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Localizar</translation>
    </message>
    <message>
        <source>Jobs created by or running as you (your user name is not known for this workspace)</source>
        <translation>Jobs criados por você ou executados como você (seu nome de usuário não é conhecido neste workspace)</translation>
    </message>
    <message>
        <source>Jobs created by or running as %1</source>
        <translation>Jobs criados por %1 ou executados como %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n s</source>
        <translation>
            <numerusform>A cada %n s</numerusform>
            <numerusform>A cada %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Loading jobs… %1 so far</source>
        <translation>Carregando jobs… %1 até agora</translation>
    </message>
    <message>
        <source>%1 jobs (the list is incomplete: %2)</source>
        <translation>%1 jobs (a lista está incompleta: %2)</translation>
    </message>
    <message>
        <source>%1 jobs (loading stopped; press F5 to load all)</source>
        <translation>%1 jobs (carregamento interrompido; pressione F5 para carregar todos)</translation>
    </message>
    <message>
        <source> — %1 shown</source>
        <translation> — %1 exibidos</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>job %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Run %n jobs now</source>
        <translation>
            <numerusform>&amp;Executar %n job agora</numerusform>
            <numerusform>&amp;Executar %n jobs agora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n jobs…</source>
        <translation>
            <numerusform>E&amp;xcluir %n job…</numerusform>
            <numerusform>E&amp;xcluir %n jobs…</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Não foi possível iniciar %1: %2</translation>
    </message>
    <message>
        <source>Started %1: run %2.</source>
        <translation>%1 iniciado: execução %2.</translation>
    </message>
    <message>
        <source>Cancel active runs</source>
        <translation>Cancelar execuções ativas</translation>
    </message>
    <message numerus="yes">
        <source>Cancel every active and queued run of %n job(s)?

%1

The work those runs have not finished is lost.</source>
        <translation>
            <numerusform>Cancelar todas as execuções ativas e na fila de %n job?

%1

O trabalho que essas execuções não concluíram é perdido.</numerusform>
            <numerusform>Cancelar todas as execuções ativas e na fila de %n jobs?

%1

O trabalho que essas execuções não concluíram é perdido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel runs</source>
        <translation>Cancelar execuções</translation>
    </message>
    <message>
        <source>Cancelled the active runs of</source>
        <translation>Execuções ativas canceladas de</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausados</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Retomados</translation>
    </message>
    <message>
        <source>%1 (ID %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Delete jobs</source>
        <translation>Excluir jobs</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n job(s)?

%1

Their settings, schedules and run history are removed from the workspace and cannot be recovered. Active runs are cancelled.</source>
        <translation>
            <numerusform>Excluir %n job?

%1

As configurações, os agendamentos e o histórico de execuções são removidos do workspace e não podem ser recuperados. As execuções ativas são canceladas.</numerusform>
            <numerusform>Excluir %n jobs?

%1

As configurações, os agendamentos e o histórico de execuções são removidos do workspace e não podem ser recuperados. As execuções ativas são canceladas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluídos</translation>
    </message>
    <message>
        <source>Created job %1.</source>
        <translation>Job %1 criado.</translation>
    </message>
    <message>
        <source>Saved job %1.</source>
        <translation>Job %1 salvo.</translation>
    </message>
    <message>
        <source>Created job %1 (a clone).</source>
        <translation>Job %1 criado (um clone).</translation>
    </message>
    <message>
        <source>Select one job and wait for its details to load.</source>
        <translation>Selecione um job e aguarde os detalhes carregarem.</translation>
    </message>
    <message>
        <source>Save job as JSON</source>
        <translation>Salvar job como JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Arquivos JSON (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>1 job</source>
        <translation>1 job</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 jobs</translation>
    </message>
    <message>
        <source>Compare with &amp;workspace…</source>
        <translation>Comparar com &amp;workspace…</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Filter jobs</source>
        <translation>Filtrar jobs</translation>
    </message>
    <message>
        <source>Shows the jobs whose name, ID, tag or owner contains the text</source>
        <translation>Mostra os jobs cujo nome, ID, tag ou dono contém o texto</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Atualização automática</translation>
    </message>
    <message>
        <source>Every job of the workspace; Enter opens one, the context menu has its actions</source>
        <translation>Todos os jobs do workspace; Enter abre um, o menu de contexto tem suas ações</translation>
    </message>
    <message>
        <source>Job actions</source>
        <translation>Ações do job</translation>
    </message>
    <message>
        <source>The local archive holds no job of this workspace yet</source>
        <translation>O arquivo local ainda não guarda nenhum job deste workspace</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) from the local archive, data as of %1 (read-only: the workspace cannot be reached)</source>
        <translation>
            <numerusform>%n job do arquivo local, dados de %1 (somente leitura: o workspace não pode ser alcançado)</numerusform>
            <numerusform>%n jobs do arquivo local, dados de %1 (somente leitura: o workspace não pode ser alcançado)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::LoopbackRedirectListener</name>
    <message>
        <source>Not found.</source>
        <translation>Não encontrado.</translation>
    </message>
    <message>
        <source>This answer does not belong to a sign-in that Brickdesk started.</source>
        <translation>Esta resposta não pertence a um login iniciado pelo Brickdesk.</translation>
    </message>
    <message>
        <source>Sign-in failed. You can close this tab and return to Brickdesk.</source>
        <translation>O login falhou. Você pode fechar esta aba e voltar ao Brickdesk.</translation>
    </message>
    <message>
        <source>Signed in. You can close this tab and return to Brickdesk.</source>
        <translation>Login feito. Você pode fechar esta aba e voltar ao Brickdesk.</translation>
    </message>
</context>
<context>
    <name>brickdesk::MainWindow</name>
    <message>
        <source>Brickdesk</source>
        <translation>Brickdesk</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>&amp;Clusters</source>
        <translation>&amp;Clusters</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Brickdesk</source>
        <translation>&amp;Sobre o Brickdesk</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>%1 — Brickdesk</source>
        <translation>%1 — Brickdesk</translation>
    </message>
    <message>
        <source>About Brickdesk</source>
        <translation>Sobre o Brickdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Brickdesk %1&lt;/h3&gt;&lt;p&gt;A native desktop client for Databricks Jobs and Clusters.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Brickdesk %1&lt;/h3&gt;&lt;p&gt;Um cliente desktop nativo para Jobs e Clusters do Databricks.&lt;/p&gt;&lt;p&gt;Licenciado sob a GNU General Public License, versão 3 ou posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Workspaces…</source>
        <translation>&amp;Workspaces…</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Boas-vindas</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Abrindo “%1”…</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>“%1” aberto.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>Não foi possível abrir “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n workspace</numerusform>
            <numerusform>%n workspaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workspace: %1 (%n open)</source>
        <translation>
            <numerusform>Workspace: %1 (%n aberto)</numerusform>
            <numerusform>Workspace: %1 (%n abertos)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Fechar workspace</translation>
    </message>
    <message>
        <source>&amp;Reconnect workspace</source>
        <translation>&amp;Reconectar workspace</translation>
    </message>
    <message>
        <source>Failure &amp;inbox</source>
        <translation>&amp;Caixa de falhas</translation>
    </message>
    <message>
        <source>&amp;Next workspace</source>
        <translation>&amp;Próximo workspace</translation>
    </message>
    <message>
        <source>&amp;Previous workspace</source>
        <translation>Workspace &amp;anterior</translation>
    </message>
    <message>
        <source>Go to na&amp;vigation</source>
        <translation>Ir para a na&amp;vegação</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;Watch rules…</source>
        <translation>&amp;Regras de observação…</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Ir para…</translation>
    </message>
    <message>
        <source>&amp;Search archive</source>
        <translation>&amp;Buscar no arquivo</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::NodeChartPanel</name>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>Janela inteira</translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation>Últimas 24 h</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Ampliar (+)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Reduzir (−)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Overlay the previous window or another cluster</source>
        <translation>Sobrepor a janela anterior ou outro cluster</translation>
    </message>
    <message>
        <source>With the previous window</source>
        <translation>Com a janela anterior</translation>
    </message>
    <message>
        <source>With another cluster…</source>
        <translation>Com outro cluster…</translation>
    </message>
    <message>
        <source>Clear comparison</source>
        <translation>Limpar comparação</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>Gráfico como PNG…</translation>
    </message>
    <message>
        <source>Chart as SVG…</source>
        <translation>Gráfico como SVG…</translation>
    </message>
    <message>
        <source>Series as CSV…</source>
        <translation>Séries como CSV…</translation>
    </message>
    <message>
        <source>Wheel or drag: zoom · Shift+drag: pan · right-click: zoom out</source>
        <translation>Roda ou arrastar: zoom · Shift+arrastar: mover · clique direito: reduzir</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Não foi possível gravar %1</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exportar gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>Exportar gráfico como SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imagens SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export node counts as CSV</source>
        <translation>Exportar contagens de nós como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Count capacity in vCPUs, as this cluster&apos;s autoscaler reports it</source>
        <translation>Contar a capacidade em vCPUs, como o autoscaling deste cluster a informa</translation>
    </message>
    <message>
        <source>This cluster&apos;s events report workers only</source>
        <translation>Os eventos deste cluster informam apenas workers</translation>
    </message>
    <message>
        <source>%1 reports no vCPUs: shown again when counting workers</source>
        <translation>%1 não informa vCPUs: volta a aparecer ao contar workers</translation>
    </message>
</context>
<context>
    <name>brickdesk::NodeChartSummary</name>
    <message numerus="yes">
        <source>%n vCPU(s) between %1 and %2</source>
        <translation>
            <numerusform>%n vCPU entre %1 e %2</numerusform>
            <numerusform>%n vCPUs entre %1 e %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) between %1 and %2</source>
        <translation>
            <numerusform>%n worker entre %1 e %2</numerusform>
            <numerusform>%n workers entre %1 e %2</numerusform>
        </translation>
    </message>
    <message>
        <source>vCPUs from %1 to %2 between %3 and %4</source>
        <translation>vCPUs de %1 a %2 entre %3 e %4</translation>
    </message>
    <message>
        <source>Workers from %1 to %2 between %3 and %4</source>
        <translation>Workers de %1 a %2 entre %3 e %4</translation>
    </message>
    <message>
        <source>No node counts between %1 and %2.</source>
        <translation>Nenhuma contagem de nós entre %1 e %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n resize(s)</source>
        <translation>
            <numerusform>%n redimensionamento</numerusform>
            <numerusform>%n redimensionamentos</numerusform>
        </translation>
    </message>
    <message>
        <source>down for %1</source>
        <translation>fora do ar por %1</translation>
    </message>
    <message numerus="yes">
        <source>nodes lost %n time(s)</source>
        <translation>
            <numerusform>nós perdidos %n vez</numerusform>
            <numerusform>nós perdidos %n vezes</numerusform>
        </translation>
    </message>
    <message>
        <source>the other series</source>
        <translation>a outra série</translation>
    </message>
    <message>
        <source>Compared with %1: %2 throughout.</source>
        <translation>Comparado com %1: %2 o tempo todo.</translation>
    </message>
    <message>
        <source>Compared with %1: from %2 to %3.</source>
        <translation>Comparado com %1: de %2 a %3.</translation>
    </message>
    <message>
        <source>Until %1 the events come from the local archive: the workspace no longer keeps them.</source>
        <translation>Até %1 os eventos vêm do arquivo local: o workspace não os guarda mais.</translation>
    </message>
    <message>
        <source>The events of this window come from the local archive.</source>
        <translation>Os eventos desta janela vêm do arquivo local.</translation>
    </message>
</context>
<context>
    <name>brickdesk::NodeCountChart</name>
    <message>
        <source>Nodes lost</source>
        <translation>Nós perdidos</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Reinícios</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Edições</translation>
    </message>
    <message>
        <source>Terminations</source>
        <translation>Encerramentos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>Cluster down</source>
        <translation>Cluster parado</translation>
    </message>
    <message>
        <source>Autoscale range</source>
        <translation>Faixa de autoscaling</translation>
    </message>
    <message>
        <source>Target workers</source>
        <translation>Workers alvo</translation>
    </message>
    <message>
        <source>Actual workers</source>
        <translation>Workers reais</translation>
    </message>
    <message>
        <source>Autoscale: %1–%2</source>
        <translation>Autoscaling: %1–%2</translation>
    </message>
    <message>
        <source>Worker nodes over time</source>
        <translation>Workers ao longo do tempo</translation>
    </message>
    <message>
        <source>%1 vCPUs</source>
        <translation>%1 vCPUs</translation>
    </message>
    <message>
        <source>%1 workers</source>
        <translation>%1 workers</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <source>Target vCPUs</source>
        <translation>vCPUs alvo</translation>
    </message>
    <message>
        <source>Actual vCPUs</source>
        <translation>vCPUs reais</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>Real: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Alvo: %1</translation>
    </message>
    <message>
        <source>vCPUs over time</source>
        <translation>vCPUs ao longo do tempo</translation>
    </message>
    <message>
        <source>No history loaded yet.</source>
        <translation>Nenhum histórico carregado ainda.</translation>
    </message>
    <message>
        <source>Node count chart</source>
        <translation>Gráfico de contagem de nós</translation>
    </message>
    <message>
        <source>Move back in time</source>
        <translation>Voltar no tempo</translation>
    </message>
    <message>
        <source>Move forward in time</source>
        <translation>Avançar no tempo</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Show the whole history</source>
        <translation>Mostrar todo o histórico</translation>
    </message>
    <message>
        <source>From the archive</source>
        <translation>Do arquivo local</translation>
    </message>
    <message>
        <source>The events before this time come from Brickdesk&apos;s local archive: the workspace no longer keeps them.</source>
        <translation>Os eventos antes deste momento vêm do arquivo local do Brickdesk: o workspace não os guarda mais.</translation>
    </message>
</context>
<context>
    <name>brickdesk::OAuthClient</name>
    <message>
        <source>Cannot reach the workspace&apos;s sign-in service</source>
        <translation>Não é possível acessar o serviço de login do workspace</translation>
    </message>
    <message>
        <source>The workspace&apos;s sign-in settings name %1, which is not the workspace&apos;s own secure address. Brickdesk sends no credentials there.</source>
        <translation>As configurações de login do workspace indicam %1, que não é o endereço seguro do próprio workspace. O Brickdesk não envia credenciais para lá.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s address is not trusted.</source>
        <translation>O endereço do serviço de login não é confiável.</translation>
    </message>
    <message>
        <source>The sign-in service answered without a token.</source>
        <translation>O serviço de login respondeu sem um token.</translation>
    </message>
    <message>
        <source>Sign-in refused: %1</source>
        <translation>Login recusado: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::OAuthU2MCredentialsProvider</name>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation>O login foi cancelado.</translation>
    </message>
    <message>
        <source>Sign in to this workspace in your browser first.</source>
        <translation>Primeiro faça login neste workspace no navegador.</translation>
    </message>
    <message>
        <source>No free local port (%1 to %2) to receive the browser&apos;s answer.</source>
        <translation>Nenhuma porta local livre (%1 a %2) para receber a resposta do navegador.</translation>
    </message>
    <message>
        <source>Sign-in refused: %1</source>
        <translation>Login recusado: %1</translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (state mismatch).</source>
        <translation>A resposta do navegador não pertence a este login (state não confere).</translation>
    </message>
    <message>
        <source>The browser sign-in did not complete in time.</source>
        <translation>O login pelo navegador não foi concluído a tempo.</translation>
    </message>
</context>
<context>
    <name>brickdesk::OfflineArchive</name>
    <message>
        <source>From the local archive, as last seen on %1.</source>
        <translation>Do arquivo local, como visto pela última vez em %1.</translation>
    </message>
    <message>
        <source>From the local archive.</source>
        <translation>Do arquivo local.</translation>
    </message>
</context>
<context>
    <name>brickdesk::OfflineBanner</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>brickdesk::OtherWorkspace</name>
    <message>
        <source>“%1” was closed.</source>
        <translation>“%1” foi fechado.</translation>
    </message>
    <message>
        <source>“%1” cannot be opened from here: open it in the navigation first.</source>
        <translation>“%1” não pode ser aberto daqui: abra-o antes na navegação.</translation>
    </message>
</context>
<context>
    <name>brickdesk::PaletteEntries</name>
    <message>
        <source>Run %1 of %2</source>
        <translation>Execução %1 de %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::PatCredentialsProvider</name>
    <message>
        <source>No personal access token is set for this workspace.</source>
        <translation>Nenhum token de acesso pessoal está definido para este workspace.</translation>
    </message>
</context>
<context>
    <name>brickdesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>None (the system&apos;s certificate authorities only)</source>
        <translation>Nenhuma (apenas as autoridades certificadoras do sistema)</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust besides the system&apos;s, for a proxy that inspects TLS. SSL_CERT_FILE and REQUESTS_CA_BUNDLE are honoured too.</source>
        <translation>Um arquivo PEM de autoridades certificadoras em que confiar além das do sistema, para um proxy que inspeciona TLS. SSL_CERT_FILE e REQUESTS_CA_BUNDLE também são respeitadas.</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Autoridades certificadoras</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Trust these &amp;certificate authorities:</source>
        <translation>Confiar nestas a&amp;utoridades certificadoras:</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Horário local</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Padrão do sistema (%1)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>&amp;Refresh the current view every:</source>
        <translation>&amp;Atualizar a visualização atual a cada:</translation>
    </message>
    <message>
        <source>Show &amp;times in:</source>
        <translation>Mostrar &amp;horários em:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies when Brickdesk is restarted.</source>
        <translation>Um novo idioma passa a valer quando o Brickdesk for reiniciado.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Brickdesk follows your desktop&apos;s theme, light or dark; change it in your desktop&apos;s settings.</source>
        <translation>O Brickdesk segue o tema do seu desktop, claro ou escuro; altere-o nas configurações do desktop.</translation>
    </message>
    <message>
        <source>&amp;Notify me when a watched run finishes or fails</source>
        <translation>&amp;Notificar quando uma execução acompanhada terminar ou falhar</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>No system tray was found, so notifications appear in the status bar only.</source>
        <translation>Nenhuma bandeja do sistema foi encontrada; as notificações aparecem apenas na barra de status.</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, e.g. USD, EUR or BRL.</source>
        <translation>Código de moeda ISO 4217, por exemplo USD, EUR ou BRL.</translation>
    </message>
    <message>
        <source>Node type</source>
        <translation>Tipo de nó</translation>
    </message>
    <message>
        <source>Price per node-hour</source>
        <translation>Preço por nó-hora</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Cost estimates</source>
        <translation>Estimativas de custo</translation>
    </message>
    <message>
        <source>Cluster costs are estimated from node-hours. Enter what one node-hour of each node type costs you (compute plus DBUs).</source>
        <translation>Os custos de cluster são estimados a partir de nós-hora. Informe quanto custa para você um nó-hora de cada tipo de nó (computação mais DBUs).</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moeda:</translation>
    </message>
    <message>
        <source>&amp;Other node types:</source>
        <translation>&amp;Outros tipos de nó:</translation>
    </message>
    <message>
        <source>The node type id, e.g. Standard_DS3_v2 or i3.xlarge.</source>
        <translation>O ID do tipo de nó, por exemplo Standard_DS3_v2 ou i3.xlarge.</translation>
    </message>
    <message>
        <source>The node type id, e.g. %1.</source>
        <translation>O ID do tipo de nó, por exemplo %1.</translation>
    </message>
    <message>
        <source>The Jobs list refreshes at the interval chosen in its own toolbar.</source>
        <translation>A lista de jobs é atualizada no intervalo escolhido na própria barra de ferramentas.</translation>
    </message>
    <message>
        <source>Price per node type</source>
        <translation>Preço por tipo de nó</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <source>Local archi&amp;ve</source>
        <translation>Arquivo &amp;local</translation>
    </message>
</context>
<context>
    <name>brickdesk::RepairDialog</name>
    <message>
        <source>Repair run %1</source>
        <translation>Reparar execução %1</translation>
    </message>
    <message>
        <source>Rerun &amp;all failed tasks</source>
        <translation>Reexecutar &amp;todas as tarefas com falha</translation>
    </message>
    <message>
        <source>Rerun the &amp;selected tasks</source>
        <translation>Reexecutar as tarefas &amp;selecionadas</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Also rerun the tasks that &amp;depend on them</source>
        <translation>Reexecutar também as tarefas que &amp;dependem delas</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Reparar</translation>
    </message>
    <message>
        <source>No task of this run failed.</source>
        <translation>Nenhuma tarefa desta execução falhou.</translation>
    </message>
    <message>
        <source>Tick the tasks to rerun.</source>
        <translation>Marque as tarefas a reexecutar.</translation>
    </message>
    <message numerus="yes">
        <source>Will rerun %n task(s): %1</source>
        <translation>
            <numerusform>Vai reexecutar %n tarefa: %1</numerusform>
            <numerusform>Vai reexecutar %n tarefas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>and the tasks that depend on them: %1</source>
        <translation>e as tarefas que dependem delas: %1</translation>
    </message>
    <message>
        <source>Tasks of the run</source>
        <translation>Tarefas da execução</translation>
    </message>
    <message>
        <source>Tick the tasks to rerun</source>
        <translation>Marque as tarefas a executar de novo</translation>
    </message>
</context>
<context>
    <name>brickdesk::RetryNotice</name>
    <message>
        <source>Waiting to retry</source>
        <translation>Aguardando nova tentativa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop waiting: the requests that wait end as cancelled and are not sent again</source>
        <translation>Parar de esperar: as solicitações em espera terminam canceladas e não são enviadas de novo</translation>
    </message>
    <message>
        <source>Cancel the requests waiting to retry</source>
        <translation>Cancelar as solicitações que aguardam nova tentativa</translation>
    </message>
    <message>
        <source>Rate limited by “%1”</source>
        <translation>Limite de solicitações atingido em “%1”</translation>
    </message>
    <message>
        <source>Rate limited by the workspace</source>
        <translation>Limite de solicitações do workspace atingido</translation>
    </message>
    <message>
        <source>“%1” is unavailable</source>
        <translation>“%1” está indisponível</translation>
    </message>
    <message>
        <source>The workspace is unavailable</source>
        <translation>O workspace está indisponível</translation>
    </message>
    <message numerus="yes">
        <source>%1 — retrying in %n s</source>
        <translation>
            <numerusform>%1 — nova tentativa em %n s</numerusform>
            <numerusform>%1 — nova tentativa em %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n outra)</numerusform>
            <numerusform>%1 (+%n outras)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>O servidor respondeu: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n request(s) that waited to be retried. Refresh (F5) to ask again.</source>
        <translation>
            <numerusform>%n solicitação que aguardava nova tentativa foi cancelada. Atualize (F5) para pedir de novo.</numerusform>
            <numerusform>%n solicitações que aguardavam nova tentativa foram canceladas. Atualize (F5) para pedir de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — retrying now…</source>
        <translation>%1 — nova tentativa agora…</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunDetailWidget</name>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentativa</translation>
    </message>
    <message>
        <source>Task run ID</source>
        <translation>ID da execução da tarefa</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Linha do tempo</translation>
    </message>
    <message>
        <source>Ta&amp;sks</source>
        <translation>Tare&amp;fas</translation>
    </message>
    <message>
        <source>Output and errors of every task</source>
        <translation>Saída e erros de cada tarefa</translation>
    </message>
    <message>
        <source>← &amp;Job</source>
        <translation>← &amp;Job</translation>
    </message>
    <message>
        <source>Back to the job (Alt+Left)</source>
        <translation>Voltar ao job (Alt+Esquerda)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;carregar</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancelar execução</translation>
    </message>
    <message>
        <source>Re&amp;pair…</source>
        <translation>Re&amp;parar…</translation>
    </message>
    <message>
        <source>&amp;Delete run…</source>
        <translation>&amp;Excluir execução…</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Acompanhar</translation>
    </message>
    <message>
        <source>Keep following this run in the background and say when it ends</source>
        <translation>Continuar acompanhando esta execução em segundo plano e avisar quando terminar</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Abrir no &amp;navegador</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Execução %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>%1 finished: %2</source>
        <translation>%1 terminou: %2</translation>
    </message>
    <message>
        <source>Run %1 of “%2”</source>
        <translation>Execução %1 de “%2”</translation>
    </message>
    <message>
        <source>Run %1 of &lt;a href=&apos;job:%2&apos;&gt;%3&lt;/a&gt;</source>
        <translation>Execução %1 de &lt;a href=&apos;job:%2&apos;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Run %1 — %2</source>
        <translation>Execução %1 — %2</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Gatilho</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>Iniciado por</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>ainda em execução</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Reparos</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Preparação</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Cleanup</source>
        <translation>Limpeza</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameters&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Parâmetros&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Cancelar execução</translation>
    </message>
    <message>
        <source>Cancel %1?

Its running tasks are stopped; the work they have not finished is lost.</source>
        <translation>Cancelar %1?

As tarefas em execução são interrompidas; o trabalho que elas não concluíram é perdido.</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Excluir execução</translation>
    </message>
    <message>
        <source>Delete %1?

Its record, task history and output are removed from the workspace and cannot be recovered.</source>
        <translation>Excluir %1?

O registro, o histórico de tarefas e a saída são removidos do workspace e não podem ser recuperados.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Computação</translation>
    </message>
    <message>
        <source>For-each task</source>
        <translation>Tarefa para cada</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteração</translation>
    </message>
    <message>
        <source>Double-click an iteration to open its task run</source>
        <translation>Clique duas vezes numa iteração para abrir sua execução de tarefa</translation>
    </message>
    <message>
        <source>&amp;Iterations</source>
        <translation>&amp;Iterações</translation>
    </message>
    <message>
        <source>serverless</source>
        <translation>serverless</translation>
    </message>
    <message>
        <source>Started by task run</source>
        <translation>Iniciada pela execução de tarefa</translation>
    </message>
    <message>
        <source>Part of run</source>
        <translation>Parte da execução</translation>
    </message>
    <message>
        <source>Performance target</source>
        <translation>Meta de desempenho</translation>
    </message>
    <message>
        <source>Usage policy</source>
        <translation>Política de uso</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Run %1 →</source>
        <translation>Execução %1 →</translation>
    </message>
    <message>
        <source>job %1</source>
        <translation>job %1</translation>
    </message>
    <message>
        <source>%1 of %2 iterations done, %3 failed, %4 running</source>
        <translation>%1 de %2 iterações concluídas, %3 com falha, %4 em execução</translation>
    </message>
    <message>
        <source>For each: %1</source>
        <translation>Para cada: %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desativada</translation>
    </message>
    <message>
        <source>Double-click to open run %1</source>
        <translation>Clique duas vezes para abrir a execução %1</translation>
    </message>
    <message>
        <source>Serverless (%1)</source>
        <translation>Serverless (%1)</translation>
    </message>
    <message>
        <source>&amp;Iterations (%1)</source>
        <translation>&amp;Iterações (%1)</translation>
    </message>
    <message>
        <source>Run actions</source>
        <translation>Ações da execução</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Tasks of the run</source>
        <translation>Tarefas da execução</translation>
    </message>
    <message>
        <source>Iterations of the for-each task</source>
        <translation>Iterações da tarefa for-each</translation>
    </message>
    <message>
        <source>Task views</source>
        <translation>Visões das tarefas</translation>
    </message>
    <message>
        <source>The workspace cannot be reached, and the local archive holds nothing of this run.</source>
        <translation>O workspace não pode ser alcançado, e o arquivo local não guarda nada desta execução.</translation>
    </message>
    <message>
        <source>From the local archive, as last seen on %1. %2</source>
        <translation>Do arquivo local, como visto pela última vez em %1. %2</translation>
    </message>
    <message>
        <source>The local archive keeps no output of runs: it is read from the workspace when it answers again.</source>
        <translation>O arquivo local não guarda a saída das execuções: ela é lida do workspace quando ele responder de novo.</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunNowDialog</name>
    <message>
        <source>Run “%1” now</source>
        <translation>Executar “%1” agora</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parâmetro</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Add parameter</source>
        <translation>&amp;Adicionar parâmetro</translation>
    </message>
    <message>
        <source>Python parameters (one per line):</source>
        <translation>Parâmetros Python (um por linha):</translation>
    </message>
    <message>
        <source>Job parameters, prefilled with their defaults. Edit any value before launching.</source>
        <translation>Parâmetros do job, preenchidos com os valores padrão. Edite qualquer valor antes de executar.</translation>
    </message>
    <message>
        <source>This job has no job-level parameters; these are its tasks&apos; parameters (notebook parameters and Python parameters).</source>
        <translation>Este job não tem parâmetros no nível do job; estes são os parâmetros das tarefas (parâmetros de notebook e parâmetros Python).</translation>
    </message>
    <message>
        <source>This job defines no parameters. You may add notebook parameters below.</source>
        <translation>Este job não define parâmetros. Você pode adicionar parâmetros de notebook abaixo.</translation>
    </message>
    <message>
        <source>&amp;Run now</source>
        <translation>&amp;Executar agora</translation>
    </message>
    <message>
        <source>Disabled in the job</source>
        <translation>Desativada no job</translation>
    </message>
    <message>
        <source>Untick tasks to run only the ticked ones</source>
        <translation>Desmarque tarefas para executar só as marcadas</translation>
    </message>
    <message>
        <source>&amp;Tasks to run:</source>
        <translation>&amp;Tarefas a executar:</translation>
    </message>
    <message>
        <source>The job&apos;s default</source>
        <translation>O padrão do job</translation>
    </message>
    <message>
        <source>The job&apos;s default (%1)</source>
        <translation>O padrão do job (%1)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Performance optimized</source>
        <translation>Otimizado para desempenho</translation>
    </message>
    <message>
        <source>Serverless tasks only: start faster at a higher cost, or run standard</source>
        <translation>Só tarefas serverless: iniciar mais rápido a um custo maior, ou execução padrão</translation>
    </message>
    <message>
        <source>&amp;Performance target:</source>
        <translation>Meta de &amp;desempenho:</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Each parameter, its default and the value for this run</source>
        <translation>Cada parâmetro, seu padrão e o valor para esta execução</translation>
    </message>
    <message>
        <source>Tasks to run</source>
        <translation>Tarefas a executar</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunService</name>
    <message>
        <source>Run %1: %2</source>
        <translation>Execução %1: %2</translation>
    </message>
    <message>
        <source>Could not load the iterations of task run %1: %2</source>
        <translation>Não foi possível carregar as iterações da execução de tarefa %1: %2</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Execução %1</translation>
    </message>
    <message>
        <source>Run %1 of “%2”</source>
        <translation>Execução %1 de “%2”</translation>
    </message>
    <message>
        <source>Could not cancel %1: %2</source>
        <translation>Não foi possível cancelar %1: %2</translation>
    </message>
    <message>
        <source>Cancelling %1…</source>
        <translation>Cancelando %1…</translation>
    </message>
    <message>
        <source>Could not repair run %1: %2</source>
        <translation>Não foi possível reparar a execução %1: %2</translation>
    </message>
    <message>
        <source>Repairing run %1 (repair %2)…</source>
        <translation>Reparando a execução %1 (reparo %2)…</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Não foi possível excluir %1: %2</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 excluída.</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunStripWidget</name>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n com sucesso</numerusform>
            <numerusform>%n com sucesso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falhou</numerusform>
            <numerusform>%n falharam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n ativa</numerusform>
            <numerusform>%n ativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n outra</numerusform>
            <numerusform>%n outras</numerusform>
        </translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Nenhuma execução ainda</translation>
    </message>
    <message>
        <source>Run %1 — %2
Started %3
Duration %4</source>
        <translation>Execução %1 — %2
Início: %3
Duração: %4</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Execuções recentes</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Nenhuma execução ainda.</translation>
    </message>
    <message numerus="yes">
        <source>The last %n run(s), oldest first: %1.</source>
        <translation>
            <numerusform>%n execução recente: %1.</numerusform>
            <numerusform>As últimas %n execuções, as mais antigas primeiro: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>brickdesk::RunWatcher</name>
    <message>
        <source>Watching %1: you will be told when it ends.</source>
        <translation>Acompanhando %1: você será avisado quando terminar.</translation>
    </message>
    <message>
        <source>%1 no longer exists; stopped watching it.</source>
        <translation>%1 não existe mais; o acompanhamento foi interrompido.</translation>
    </message>
    <message>
        <source>%1 ended: %2</source>
        <translation>%1 terminou: %2</translation>
    </message>
    <message>
        <source>%1 ended</source>
        <translation>%1 terminou</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Run ID</source>
        <translation>ID da execução</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>ID do job</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Gatilho</translation>
    </message>
    <message>
        <source>Launched by</source>
        <translation>Iniciado por</translation>
    </message>
    <message>
        <source>≈ %1 node-h</source>
        <translation>≈ %1 nó-h</translation>
    </message>
    <message>
        <source>≈ %1–%2 node-h</source>
        <translation>≈ %1–%2 nó-h</translation>
    </message>
    <message>
        <source>An estimate: the run&apos;s duration × %1–%2 nodes (driver + workers) of the job&apos;s cluster. No billed cost: %3</source>
        <translation>Uma estimativa: a duração da execução × %1–%2 nós (driver + workers) do cluster do job. Sem custo faturado: %3</translation>
    </message>
    <message>
        <source>%1 DBU billed</source>
        <translation>%1 DBU faturados</translation>
    </message>
    <message>
        <source>Billed cost</source>
        <translation>Custo faturado</translation>
    </message>
</context>
<context>
    <name>brickdesk::RunsRangeFetcher</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>brickdesk::SecretStore</name>
    <message>
        <source>No keychain service (Secret Service) is running in this desktop session.</source>
        <translation>Nenhum serviço de chaveiro (Secret Service) está em execução nesta sessão do desktop.</translation>
    </message>
    <message>
        <source>The keychain is locked or has no login collection.</source>
        <translation>O chaveiro está bloqueado ou não tem a coleção de login.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>O acesso ao chaveiro foi recusado.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used.</source>
        <translation>O chaveiro do sistema não pode ser usado.</translation>
    </message>
    <message>
        <source>Brickdesk will not save the secret in a plain-text file. You can use it for this session only: it is kept in memory and forgotten when Brickdesk quits.</source>
        <translation>O Brickdesk não salvará o segredo em um arquivo de texto simples. Você pode usá-lo apenas nesta sessão: ele fica na memória e é esquecido quando o Brickdesk fecha.</translation>
    </message>
</context>
<context>
    <name>brickdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Every action that has a shortcut, its keys, and where it works</source>
        <translation>Cada ação que tem um atalho, suas teclas e onde funciona</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Em qualquer lugar</translation>
    </message>
</context>
<context>
    <name>brickdesk::StatementExecutionApi</name>
    <message>
        <source>Brickdesk cannot read the system tables it needs for billed cost and utilisation. An admin must enable the billing and compute system schemas and grant you USE CATALOG on system, USE SCHEMA on system.billing and system.compute, and SELECT on system.billing.usage, system.billing.list_prices and system.compute.node_timeline. Until then Brickdesk shows the node-hour estimate. The workspace said: %1</source>
        <translation>O Brickdesk não consegue ler as tabelas de sistema de que precisa para o custo faturado e a utilização. Um admin precisa habilitar os schemas de sistema billing e compute e conceder a você USE CATALOG em system, USE SCHEMA em system.billing e system.compute, e SELECT em system.billing.usage, system.billing.list_prices e system.compute.node_timeline. Até lá o Brickdesk mostra a estimativa por horas de nó. O workspace disse: %1</translation>
    </message>
    <message>
        <source>The query was canceled before it finished.</source>
        <translation>A consulta foi cancelada antes de terminar.</translation>
    </message>
    <message>
        <source>The SQL warehouse could not run the query: %1</source>
        <translation>O SQL warehouse não conseguiu executar a consulta: %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::TaskTimelineWidget</name>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Início: %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Fim: %1</translation>
    </message>
    <message>
        <source>Setup %1, execution %2, cleanup %3</source>
        <translation>Preparação %1, execução %2, limpeza %3</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>Sem tarefas</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>não iniciado</translation>
    </message>
    <message>
        <source>Task timeline</source>
        <translation>Linha do tempo das tarefas</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Nenhuma tarefa.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), none started yet.</source>
        <translation>
            <numerusform>%n tarefa, ainda não iniciada.</numerusform>
            <numerusform>%n tarefas, nenhuma iniciada ainda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n tarefa de %1 a %2.</numerusform>
            <numerusform>%n tarefas de %1 a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest: %1, %2.</source>
        <translation>A mais longa: %1, %2.</translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation>Falharam: %1.</translation>
    </message>
</context>
<context>
    <name>brickdesk::TimeWords</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>brickdesk::UsageSummaryPanel</name>
    <message>
        <source>Visible window</source>
        <translation>Janela visível</translation>
    </message>
    <message>
        <source>Node-hours:</source>
        <translation>Nós-hora:</translation>
    </message>
    <message>
        <source>Average workers:</source>
        <translation>Média de workers:</translation>
    </message>
    <message>
        <source>Peak workers:</source>
        <translation>Pico de workers:</translation>
    </message>
    <message>
        <source>Up:</source>
        <translation>Ativo:</translation>
    </message>
    <message>
        <source>At autoscale max:</source>
        <translation>No máximo do autoscaling:</translation>
    </message>
    <message>
        <source>Time with the target above the actual count: the autoscaler waiting for nodes.</source>
        <translation>Tempo com o alvo acima da contagem real: o autoscaler aguardando nós.</translation>
    </message>
    <message>
        <source>Waiting for nodes:</source>
        <translation>Aguardando nós:</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Custo estimado</translation>
    </message>
    <message>
        <source>Node type:</source>
        <translation>Tipo de nó:</translation>
    </message>
    <message>
        <source>Price per node-hour</source>
        <translation>Preço por nó-hora</translation>
    </message>
    <message>
        <source>DBU rate</source>
        <translation>Taxa de DBU</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>Taxa:</translation>
    </message>
    <message>
        <source> DBU</source>
        <translation> DBU</translation>
    </message>
    <message>
        <source>Per node-hour:</source>
        <translation>Por nó-hora:</translation>
    </message>
    <message>
        <source>DBUs per node-hour:</source>
        <translation>DBUs por nó-hora:</translation>
    </message>
    <message>
        <source>Price per DBU:</source>
        <translation>Preço por DBU:</translation>
    </message>
    <message>
        <source>Count the driver node</source>
        <translation>Contar o nó do driver</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>Estimativa:</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Ainda sem dados.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2 while up)</source>
        <translation>%1 (%2 enquanto ativo)</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (por %2)</translation>
    </message>
    <message>
        <source>enter a rate</source>
        <translation>informe uma taxa</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Estimated cost: amount, then currency code, e.g. &quot;806.36 USD&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>brickdesk::UtilisationChart</name>
    <message>
        <source>Blue: billed cost per hour (left axis). Green: workers&apos; CPU, purple: memory (right axis). Shaded: idle capacity.</source>
        <translation>Azul: custo faturado por hora (eixo esquerdo). Verde: CPU dos workers, roxo: memória (eixo direito). Sombreado: capacidade ociosa.</translation>
    </message>
    <message>
        <source>Billed per hour (%1)</source>
        <translation>Faturado por hora (%1)</translation>
    </message>
    <message>
        <source>Workers&apos; CPU and memory (%)</source>
        <translation>CPU e memória dos workers (%)</translation>
    </message>
    <message>
        <source>Idle capacity (CPU under %1%)</source>
        <translation>Capacidade ociosa (CPU abaixo de %1%)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memória</translation>
    </message>
    <message>
        <source>Billed cost per hour</source>
        <translation>Custo faturado por hora</translation>
    </message>
    <message>
        <source>Billed cost and utilisation over time</source>
        <translation>Custo faturado e utilização ao longo do tempo</translation>
    </message>
    <message>
        <source>No cost or utilisation loaded yet.</source>
        <translation>Nenhum custo ou utilização carregado ainda.</translation>
    </message>
    <message>
        <source>Between %1 and %2: billed %3 %4 in total, at most %5 %4 in an hour.</source>
        <translation>Entre %1 e %2: faturado %3 %4 no total, no máximo %5 %4 em uma hora.</translation>
    </message>
    <message>
        <source>Between %1 and %2: nothing billed.</source>
        <translation>Entre %1 e %2: nada faturado.</translation>
    </message>
    <message>
        <source>Workers&apos; CPU averaged %1%, memory %2%; idle (CPU under %3%) %4% of worker time.</source>
        <translation>CPU dos workers em média %1%, memória %2%; ociosos (CPU abaixo de %3%) %4% do tempo de worker.</translation>
    </message>
</context>
<context>
    <name>brickdesk::WatchRules</name>
    <message>
        <source>Run failed: %1</source>
        <translation>Execução com falha: %1</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 em %2: %3</translation>
    </message>
    <message>
        <source>Run waiting in the queue: %1</source>
        <translation>Execução esperando na fila: %1</translation>
    </message>
    <message>
        <source>Queued for %1 in %2.</source>
        <translation>Na fila há %1 em %2.</translation>
    </message>
    <message>
        <source>Long run: %1</source>
        <translation>Execução longa: %1</translation>
    </message>
    <message>
        <source>Running for %1 in %2.</source>
        <translation>Executando há %1 em %2.</translation>
    </message>
    <message>
        <source>Longer than usual: %1</source>
        <translation>Mais longa que o normal: %1</translation>
    </message>
    <message>
        <source>Running for %1 in %2; it usually takes %3.</source>
        <translation>Executando há %1 em %2; normalmente leva %3.</translation>
    </message>
</context>
<context>
    <name>brickdesk::WatchRulesDialog</name>
    <message>
        <source>Watch rules</source>
        <translation>Regras de observação</translation>
    </message>
    <message>
        <source>Brickdesk tells you (a desktop notification where the system has them, and the status bar) when a run matches one of these rules. Rules are kept on this computer; nothing is set up in the workspace.</source>
        <translation>O Brickdesk avisa você (com uma notificação da área de trabalho, onde o sistema as tem, e na barra de status) quando uma execução atende a uma destas regras. As regras ficam neste computador; nada é configurado no workspace.</translation>
    </message>
    <message>
        <source>The rules in force; select one to remove it</source>
        <translation>As regras em vigor; selecione uma para removê-la</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What a run must do for the rule to notify</source>
        <translation>O que uma execução precisa fazer para a regra avisar</translation>
    </message>
    <message>
        <source>A run fails</source>
        <translation>Uma execução falha</translation>
    </message>
    <message>
        <source>A run takes longer than</source>
        <translation>Uma execução leva mais de</translation>
    </message>
    <message>
        <source>A run takes longer than usual</source>
        <translation>Uma execução leva mais que o normal</translation>
    </message>
    <message>
        <source>A run waits in the queue longer than</source>
        <translation>Uma execução espera na fila mais de</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>How many minutes is too long</source>
        <translation>Quantos minutos é tempo demais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Which runs</source>
        <translation>Quais execuções</translation>
    </message>
    <message>
        <source>Every job, one job, or the jobs with a tag</source>
        <translation>Todos os jobs, um job ou os jobs com uma tag</translation>
    </message>
    <message>
        <source>Any job</source>
        <translation>Qualquer job</translation>
    </message>
    <message>
        <source>One job</source>
        <translation>Um job</translation>
    </message>
    <message>
        <source>Jobs with a tag</source>
        <translation>Jobs com uma tag</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>ID do job</translation>
    </message>
    <message>
        <source>The ID of the job to watch</source>
        <translation>O ID do job a observar</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>A tag key, or key:value</source>
        <translation>Uma chave de tag, ou chave:valor</translation>
    </message>
    <message>
        <source>key or key:value</source>
        <translation>chave ou chave:valor</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>The workspace the rule applies to</source>
        <translation>O workspace ao qual a regra se aplica</translation>
    </message>
    <message>
        <source>Every workspace</source>
        <translation>Todos os workspaces</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Adicionar regra</translation>
    </message>
    <message>
        <source>Adds the rule described above</source>
        <translation>Adiciona a regra descrita acima</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Remover regra</translation>
    </message>
    <message>
        <source>Removes the selected rule</source>
        <translation>Remove a regra selecionada</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
    <message>
        <source>&amp;Which runs:</source>
        <translation>&amp;Quais execuções:</translation>
    </message>
    <message>
        <source>&amp;Job ID:</source>
        <translation>ID do &amp;job:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>W&amp;orkspace:</source>
        <translation>W&amp;orkspace:</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nova regra</translation>
    </message>
</context>
<context>
    <name>brickdesk::WelcomePage</name>
    <message>
        <source>Welcome to Brickdesk</source>
        <translation>Boas-vindas ao Brickdesk</translation>
    </message>
    <message>
        <source>Brickdesk is a desktop client for Databricks Jobs and clusters: browse, run, repair and edit jobs, read every run&apos;s tasks and output, and see every event of a cluster with a chart of its nodes over time. It signs in with the credentials you already have and keeps secrets in the system keychain.</source>
        <translation>O Brickdesk é um cliente desktop para Jobs e clusters do Databricks: navegue, execute, repare e edite jobs, leia as tarefas e a saída de cada execução e veja todos os eventos de um cluster com um gráfico dos seus nós ao longo do tempo. Ele entra com as credenciais que você já tem e guarda os segredos no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Try it without an account</source>
        <translation>Experimente sem uma conta</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Abrir o workspace de &amp;demonstração</translation>
    </message>
    <message>
        <source>A workspace emulated on this computer, with a few hundred jobs, thousands of runs and weeks of cluster history.</source>
        <translation>Um workspace emulado neste computador, com algumas centenas de jobs, milhares de execuções e semanas de histórico de clusters.</translation>
    </message>
    <message>
        <source>Your workspaces</source>
        <translation>Seus workspaces</translation>
    </message>
    <message>
        <source>Found in %1 and in the environment of this session:</source>
        <translation>Encontrados em %1 e no ambiente desta sessão:</translation>
    </message>
    <message>
        <source>None yet: no profile in the Databricks configuration file and no DATABRICKS_HOST in the environment.</source>
        <translation>Nenhum ainda: nenhum perfil no arquivo de configuração do Databricks e nenhum DATABRICKS_HOST no ambiente.</translation>
    </message>
    <message>
        <source>&amp;Add a workspace…</source>
        <translation>&amp;Adicionar um workspace…</translation>
    </message>
    <message>
        <source>By URL, with a personal access token, a service principal or a sign-in in the browser.</source>
        <translation>Pela URL, com um token de acesso pessoal, uma entidade de serviço ou entrando pelo navegador.</translation>
    </message>
    <message>
        <source>This page opens again from Help ▸ Welcome.</source>
        <translation>Esta página abre de novo em Ajuda ▸ Boas-vindas.</translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation>(sem host)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Connect to %1</source>
        <translation>Conectar a %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::WhatIf</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The load is replayed minute by minute: within the new bounds the cluster has the workers it had, capped at the new maximum and raised to the new minimum; where only the old minimum held workers up, it keeps those its work needed at %1% CPU.</source>
        <translation>A carga é reproduzida minuto a minuto: dentro dos novos limites o cluster tem os workers que teve, limitados ao novo máximo e elevados ao novo mínimo; onde só o mínimo antigo mantinha workers ativos, ficam os que o trabalho precisava a %1% de CPU.</translation>
    </message>
    <message>
        <source>A scale-up to nodes the new minimum would not have kept waits %1 minutes for new nodes.</source>
        <translation>Um aumento de escala para nós que o novo mínimo não teria mantido espera %1 minutos por nós novos.</translation>
    </message>
    <message>
        <source>An idle stretch (CPU under %1%) ending with the cluster going down is taken as the current auto-termination delay; a new delay ends it that much earlier or later.</source>
        <translation>Um trecho ocioso (CPU abaixo de %1%) que termina com o cluster desligado é tomado como o atraso atual de encerramento automático; um novo atraso o termina antes ou depois na mesma medida.</translation>
    </message>
    <message>
        <source>Cost per node-hour (driver included): %1.</source>
        <translation>Custo por hora de nó (driver incluído): %1.</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>economizado</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>custado</translation>
    </message>
    <message>
        <source>These settings would have %1 about %2 (%3%) over the window: %4 instead of %5 node-hours.</source>
        <translation>Essas configurações teriam %1 cerca de %2 (%3%) no período: %4 em vez de %5 horas de nó.</translation>
    </message>
    <message>
        <source>The lower maximum would have refused %1 worker-hours of demand: that work would have run later.</source>
        <translation>O máximo menor teria recusado %1 horas de worker de demanda: esse trabalho teria rodado mais tarde.</translation>
    </message>
    <message>
        <source>Scale-ups that would have waited about %2 minutes each for new nodes: %1.</source>
        <translation>Aumentos de escala que teriam esperado cerca de %2 minutos cada por nós novos: %1.</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceListWidget</name>
    <message>
        <source>&amp;Manage workspaces…</source>
        <translation>&amp;Gerenciar workspaces…</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Workspace de demonstração</translation>
    </message>
    <message>
        <source>A simulated workspace on this computer</source>
        <translation>Um workspace simulado neste computador</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceNavigation</name>
    <message>
        <source>Navigation</source>
        <translation>Navegação</translation>
    </message>
    <message>
        <source>The failure inbox and, for each workspace, its jobs and clusters</source>
        <translation>A caixa de falhas e, para cada workspace, seus jobs e clusters</translation>
    </message>
    <message>
        <source>opening…</source>
        <translation>abrindo…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>could not connect</source>
        <translation>não foi possível conectar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Workspace %1, %2</source>
        <translation>Workspace %1, %2</translation>
    </message>
    <message>
        <source>Jobs (%1)</source>
        <translation>Jobs (%1)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message numerus="yes">
        <source>Jobs of %1: %n</source>
        <translation>
            <numerusform>Jobs de %1: %n</numerusform>
            <numerusform>Jobs de %1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures (%1 new)</source>
        <translation>Falhas (%1 novas)</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Falhas</translation>
    </message>
    <message numerus="yes">
        <source>Failures of %1: %n not seen</source>
        <translation>
            <numerusform>Falhas de %1: %n não vista</numerusform>
            <numerusform>Falhas de %1: %n não vistas</numerusform>
        </translation>
    </message>
    <message>
        <source>Clusters (%1)</source>
        <translation>Clusters (%1)</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message numerus="yes">
        <source>Clusters of %1: %n</source>
        <translation>
            <numerusform>Clusters de %1: %n</numerusform>
            <numerusform>Clusters de %1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Failure inbox (%1 new)</source>
        <translation>Caixa de falhas (%1 novas)</translation>
    </message>
    <message>
        <source>Failure inbox</source>
        <translation>Caixa de falhas</translation>
    </message>
    <message numerus="yes">
        <source>Failure inbox of every workspace: %n not seen</source>
        <translation>
            <numerusform>Caixa de falhas de todos os workspaces: %n não vista</numerusform>
            <numerusform>Caixa de falhas de todos os workspaces: %n não vistas</numerusform>
        </translation>
    </message>
    <message>
        <source>Search archive</source>
        <translation>Buscar no arquivo</translation>
    </message>
    <message>
        <source>Search the archive of %1</source>
        <translation>Buscar no arquivo local de %1</translation>
    </message>
    <message>
        <source>offline since %1</source>
        <translation>offline desde %1</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceReachability</name>
    <message>
        <source>Offline since %1: the workspace cannot be reached.</source>
        <translation>Offline desde %1: o workspace não pode ser alcançado.</translation>
    </message>
    <message>
        <source>Offline since %1: the workspace cannot be reached (%2).</source>
        <translation>Offline desde %1: o workspace não pode ser alcançado (%2).</translation>
    </message>
    <message>
        <source>The local archive holds nothing of this workspace yet (Search archive ▸ Sync now keeps a copy); actions that need the workspace are off until it answers again.</source>
        <translation>O arquivo local ainda não guarda nada deste workspace (Buscar no arquivo ▸ Sincronizar agora guarda uma cópia); as ações que precisam do workspace ficam desligadas até ele responder de novo.</translation>
    </message>
    <message>
        <source>Needs the workspace, which cannot be reached (offline since %1).</source>
        <translation>Precisa do workspace, que não pode ser alcançado (offline desde %1).</translation>
    </message>
    <message>
        <source>What the archive holds (jobs, their runs and history, clusters and their events, archive search) can still be browsed; actions that need the workspace are off until it answers again.</source>
        <translation>O que o arquivo local guarda (jobs, suas execuções e histórico, clusters e seus eventos, busca no arquivo) continua navegável; as ações que precisam do workspace ficam desligadas até ele responder de novo.</translation>
    </message>
    <message>
        <source>Data as of %1, from the local archive: jobs, their runs and history, clusters and their events, and the archive search can still be browsed; actions that need the workspace are off until it answers again.</source>
        <translation>Dados de %1, do arquivo local: jobs, suas execuções e histórico, clusters e seus eventos e a busca no arquivo continuam navegáveis; as ações que precisam do workspace ficam desligadas até ele responder de novo.</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceSession</name>
    <message>
        <source>No secret store is available.</source>
        <translation>Nenhum repositório de segredos está disponível.</translation>
    </message>
    <message>
        <source>The secret of “%1” was kept for the last session only. Enter it again.</source>
        <translation>O segredo de “%1” foi mantido apenas na última sessão. Informe-o novamente.</translation>
    </message>
    <message>
        <source>No secret for “%1” was found in the keychain. Enter it again.</source>
        <translation>Nenhum segredo de “%1” foi encontrado no chaveiro. Informe-o novamente.</translation>
    </message>
    <message>
        <source>Reading the secret of “%1” from the keychain failed: %2</source>
        <translation>Falha ao ler o segredo de “%1” do chaveiro: %2</translation>
    </message>
    <message>
        <source>The profile “%1” uses the authentication type “%2”, which Brickdesk does not support yet.</source>
        <translation>O perfil “%1” usa o tipo de autenticação “%2”, que o Brickdesk ainda não suporta.</translation>
    </message>
    <message>
        <source>Unknown authentication method.</source>
        <translation>Método de autenticação desconhecido.</translation>
    </message>
    <message>
        <source>The profile “%1” is not in %2.</source>
        <translation>O perfil “%1” não está em %2.</translation>
    </message>
    <message>
        <source>The profile “%1” has no host.</source>
        <translation>O perfil “%1” não tem host.</translation>
    </message>
</context>
<context>
    <name>brickdesk::WorkspaceSet</name>
    <message>
        <source>Demo workspace</source>
        <translation>Workspace de demonstração</translation>
    </message>
    <message>
        <source>The demo workspace is not available.</source>
        <translation>O workspace de demonstração não está disponível.</translation>
    </message>
    <message>
        <source>The demo workspace could not start: %1</source>
        <translation>Não foi possível iniciar o workspace de demonstração: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Brickdesk, a native desktop client for Databricks Jobs and Clusters.</source>
        <translation>Brickdesk, um cliente desktop nativo para Jobs e Clusters do Databricks.</translation>
    </message>
    <message>
        <source>Open the built-in demo workspace (a local emulator; no account needed).</source>
        <translation>Abrir o workspace de demonstração embutido (um emulador local; não precisa de conta).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Open this job on start.</source>
        <translation>Abrir este job ao iniciar.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Open this cluster on start.</source>
        <translation>Abrir este cluster ao iniciar.</translation>
    </message>
    <message>
        <source>Open this job run on start.</source>
        <translation>Abrir esta execução de job ao iniciar.</translation>
    </message>
    <message>
        <source>Open the workspace of this ~/.databrickscfg profile (repeat to open several).</source>
        <translation>Abrir o workspace deste perfil do ~/.databrickscfg (repita para abrir vários).</translation>
    </message>
    <message>
        <source>Open the workspace at this URL (repeat to open several).</source>
        <translation>Abrir o workspace nesta URL (repita para abrir vários).</translation>
    </message>
</context>
</TS>
