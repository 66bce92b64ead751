<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es_CL">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="78"/>
        <source>Hoy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="79"/>
        <source>Ir a hoy (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="82"/>
        <source>Anterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="85"/>
        <source>Siguiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="95"/>
        <source>Día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="96"/>
        <source>Semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="97"/>
        <source>Mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="98"/>
        <source>Mi día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="110"/>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="291"/>
        <source>Todos los técnicos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="111"/>
        <source>Mostrar canceladas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="112"/>
        <source>Nueva visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="114"/>
        <source>Agendar una visita (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="127"/>
        <source>Arrastra una visita para moverla · arrastra en un hueco para crear una · doble clic para editar · rayado = pendiente de aprobación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="245"/>
        <source>d &apos;de&apos; MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="246"/>
        <source>{first} – {last} de {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="323"/>
        <source>1 visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="325"/>
        <source>{count} visitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="328"/>
        <source>{count} pend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="346"/>
        <source>Cerrado: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="348"/>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="385"/>
        <source>Cerrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="353"/>
        <source>Ausente: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="353"/>
        <source>Ausente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="356"/>
        <source>No trabaja hoy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="382"/>
        <source>ddd d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="426"/>
        <source>Visita movida al {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="436"/>
        <source>No se pudo mover la visita: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentEditor</name>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="124"/>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="198"/>
        <source>Visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="131"/>
        <source>Buscar cliente por teléfono o nombre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="139"/>
        <source>+56 9 1234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="161"/>
        <source>¿Qué hay que reparar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="167"/>
        <source>Confirmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="168"/>
        <source>Completada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="169"/>
        <source>No asistió</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="170"/>
        <source>Cancelar visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="172"/>
        <source>Reprogramar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="173"/>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="444"/>
        <source>Guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="176"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="178"/>
        <source>Motivo (opcional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="179"/>
        <source>Sí, cancelar la visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="181"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="185"/>
        <source>¿Cancelar esta visita?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="192"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="195"/>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="196"/>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="200"/>
        <source>Servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="201"/>
        <source>Técnico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="205"/>
        <source>Fecha y hora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="206"/>
        <source>Horarios libres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="207"/>
        <source>Dirección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="208"/>
        <source>Problema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="209"/>
        <source>Notas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="269"/>
        <source>Nueva visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="287"/>
        <source>Visita de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="291"/>
        <source>{status} de aprobación · vence {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="295"/>
        <source>propuesta por VircomBot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="322"/>
        <source>Cualquiera disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="359"/>
        <source>Cliente registrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="364"/>
        <source>Se registrará como cliente nuevo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="402"/>
        <source>Sin horarios libres ese día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="414"/>
        <source>No se pudo consultar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="444"/>
        <source>Agendar visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="471"/>
        <source>Indica el teléfono o el nombre del cliente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="475"/>
        <source>Primero crea un servicio en Ajustes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="498"/>
        <source>Visita agendada para el {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="520"/>
        <source>Visita reprogramada para el {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="522"/>
        <source>Cambios guardados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="537"/>
        <source>Visita confirmada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="541"/>
        <source>Visita marcada como realizada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="545"/>
        <source>Visita marcada como «no asistió».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="551"/>
        <source>Visita cancelada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="369"/>
        <source>No hay visitas esperando aprobación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="385"/>
        <source>Aprobar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="387"/>
        <source>Rechazar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="388"/>
        <source>Ver en la agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="402"/>
        <source>Cliente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="403"/>
        <source>Teléfono:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="404"/>
        <source>Dirección:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="405"/>
        <source>Problema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="406"/>
        <source>Horario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="407"/>
        <source>Técnico:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="408"/>
        <source>Vence en:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="417"/>
        <source>Conversación:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="473"/>
        <source>No se pudieron cargar las propuestas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="500"/>
        <source>Seleccione una propuesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="507"/>
        <source>(sin teléfono)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="508"/>
        <source>(sin dirección)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="511"/>
        <source>{day}, de {start} a {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="526"/>
        <source>Visita creada sin conversación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="528"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="529"/>
        <source>VircomBot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="530"/>
        <source>Equipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="531"/>
        <source>Sistema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="613"/>
        <source>No se pudo completar la acción.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="58"/>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="59"/>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="60"/>
        <source>Visitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="62"/>
        <source>Última visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="65"/>
        <source>Dirección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="71"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="72"/>
        <source>Servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="73"/>
        <source>Técnico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="74"/>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="75"/>
        <source>Problema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="81"/>
        <source>Clientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="84"/>
        <source>Buscar por nombre, teléfono o dirección…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="88"/>
        <source>Elige un cliente para ver sus visitas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="142"/>
        <source>Visitas de {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/composer.py" line="38"/>
        <source>Lo que dijo el cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/composer.py" line="41"/>
        <source>Pegue o escriba las palabras del cliente y pida un borrador (Ctrl+Intro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/composer.py" line="44"/>
        <source>Registrar y redactar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/composer.py" line="45"/>
        <source>Respuesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/composer.py" line="47"/>
        <source>Escriba la respuesta o pida un borrador.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/composer.py" line="50"/>
        <source>Regenerar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/composer.py" line="51"/>
        <source>Detener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/composer.py" line="52"/>
        <source>Enviar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/composer.py" line="114"/>
        <source>Borrador de VircomBot por revisar: edítelo si hace falta y envíelo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/composer.py" line="126"/>
        <source>VircomBot está escribiendo…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/list_model.py" line="139"/>
        <source>VircomBot: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/list_model.py" line="141"/>
        <source>Equipo: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/list_model.py" line="193"/>
        <source>Requiere atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/list_model.py" line="195"/>
        <source>Borrador por revisar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/list_model.py" line="65"/>
        <source>{customer} por {channel}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="83"/>
        <source>Nuevo chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="84"/>
        <source>Cliente por teléfono o en el mostrador (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="104"/>
        <source>Automático: VircomBot responde solo. Borrador: el equipo revisa cada respuesta. Manual: responde el equipo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="108"/>
        <source>Tomar control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="109"/>
        <source>Devolver al bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="130"/>
        <source>Modo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="217"/>
        <source>No se pudieron cargar las conversaciones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="275"/>
        <source>Conversaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="289"/>
        <source>Requiere atención: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="290"/>
        <source>el bot pidió ayuda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="296"/>
        <source>En el mostrador el equipo siempre revisa la respuesta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="381"/>
        <source>Deteniendo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="412"/>
        <source>Borrador listo: revíselo, edítelo si hace falta y envíelo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="415"/>
        <source>VircomBot no pudo responder ({reason}); revise el mensaje de espera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="416"/>
        <source>pidió ayuda de una persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="421"/>
        <source>error inesperado; vea el registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="430"/>
        <source>Borrador detenido. Puede editarlo o pedir otro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="432"/>
        <source>VircomBot no pudo redactar: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="474"/>
        <source>Enviado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="483"/>
        <source>el envío por este canal todavía no está disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="485"/>
        <source>revise la conexión del canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="487"/>
        <source>No se pudo enviar ({reason}). El texto sigue aquí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="492"/>
        <source>No se pudo guardar el cambio; vea el registro.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayVisitsModel</name>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/my_day.py" line="56"/>
        <source>Hora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/my_day.py" line="57"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/my_day.py" line="58"/>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/my_day.py" line="59"/>
        <source>Dirección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/my_day.py" line="60"/>
        <source>Problema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/my_day.py" line="61"/>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../vircom_desktop/ui/errors.py" line="43"/>
        <source>Error inesperado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/errors.py" line="47"/>
        <source>Ocurrió un error inesperado. La aplicación sigue funcionando y tus datos están guardados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/errors.py" line="52"/>
        <location filename="../../vircom_desktop/ui/errors.py" line="78"/>
        <source>Registro: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/errors.py" line="58"/>
        <source>Copiar detalles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="130"/>
        <source>Vircom Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="160"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="163"/>
        <source>Conversaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="164"/>
        <source>Aquí estarán las conversaciones con los clientes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="169"/>
        <source>Aprobaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="170"/>
        <source>Aquí estarán las visitas propuestas por VircomBot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="173"/>
        <source>Clientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="176"/>
        <source>Ajustes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="177"/>
        <source>Aquí estarán los ajustes del taller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="314"/>
        <source>Ollama: listo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="314"/>
        <source>Modelo {model} en {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="316"/>
        <source>Ollama: sin conexión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="317"/>
        <source>Revisa que Ollama esté corriendo en {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="320"/>
        <source>Ollama: falta el modelo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="321"/>
        <source>Descárgalo con: ollama pull {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="323"/>
        <source>Ollama: comprobando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="336"/>
        <source>Escuchando en {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="338"/>
        <source>Servidor detenido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="343"/>
        <source>Sin aprobaciones pendientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="345"/>
        <source>1 aprobación pendiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="347"/>
        <source>{count} aprobaciones pendientes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="60"/>
        <source>Revisar y enviar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="71"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="72"/>
        <source>VircomBot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="73"/>
        <source>Equipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="74"/>
        <source>Sistema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="78"/>
        <source>borrador por revisar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="79"/>
        <source>enviando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="80"/>
        <source>no se pudo enviar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="81"/>
        <source>entregado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="82"/>
        <source>leído</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/month_view.py" line="133"/>
        <source>Cerrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/month_view.py" line="156"/>
        <source>1 visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/month_view.py" line="158"/>
        <source>{count} visitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/month_view.py" line="173"/>
        <source>1 pendiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/month_view.py" line="175"/>
        <source>{count} pendientes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="22"/>
        <source>Nuevo chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="24"/>
        <source>+56 9 1234 5678 (opcional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="26"/>
        <source>Nombre del cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="29"/>
        <source>Pegue o escriba lo que dijo el cliente; VircomBot preparará la respuesta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="31"/>
        <source>Escriba lo que dijo el cliente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="37"/>
        <source>Pedir borrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="39"/>
        <source>Teléfono:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="40"/>
        <source>Nombre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="41"/>
        <source>Mensaje:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="149"/>
        <source>PIN de la dueña o dueño</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="156"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="165"/>
        <source>Esta acción es solo para la dueña o el dueño.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="177"/>
        <source>Escriba el PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="186"/>
        <source>PIN incorrecto.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="283"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="284"/>
        <source>Visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="285"/>
        <source>Técnico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="286"/>
        <source>Servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="287"/>
        <source>Vence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="206"/>
        <source>Rechazar visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="209"/>
        <source>Por ejemplo: no tenemos repuestos para ese modelo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="211"/>
        <source>Indique el motivo del rechazo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="217"/>
        <source>Rechazar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="221"/>
        <source>Motivo para {customer} (se le informará):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="104"/>
        <source>Elija una conversación o cree un chat nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="59"/>
        <source>Ver en la agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="74"/>
        <source>Consultando disponibilidad…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="75"/>
        <source>Proponiendo una visita…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="76"/>
        <source>Revisando los servicios…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="77"/>
        <source>Derivando a una persona…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="79"/>
        <source>Usando {tool}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="92"/>
        <source>Servicios consultados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="97"/>
        <source>Derivada a una persona del equipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="101"/>
        <source>Herramienta {tool} usada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="112"/>
        <source>: no resultó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="121"/>
        <source>Disponibilidad consultada: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="123"/>
        <source>No quedan horas libres ese día.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="128"/>
        <source>(y {count} más)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="130"/>
        <source>{count} horas libres: {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="140"/>
        <source>Visita propuesta (pendiente de aprobación)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="142"/>
        <source>Visita agendada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="145"/>
        <source>{service} · {when} · {technician}
{address}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../../vircom_desktop/ui/tray.py" line="33"/>
        <source>Vircom Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/tray.py" line="35"/>
        <source>Abrir Vircom Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/tray.py" line="37"/>
        <location filename="../../vircom_desktop/ui/tray.py" line="92"/>
        <source>Salir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/tray.py" line="58"/>
        <source>Nueva propuesta de visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/tray.py" line="59"/>
        <source>VircomBot propuso una visita que espera tu aprobación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/tray.py" line="65"/>
        <source>Un cliente necesita atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/tray.py" line="66"/>
        <source>Una conversación espera la respuesta de una persona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/tray.py" line="84"/>
        <source>Cerrar Vircom Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/tray.py" line="87"/>
        <source>¿Seguir atendiendo a los clientes en segundo plano? VircomBot seguirá respondiendo y te avisará desde la bandeja del sistema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/tray.py" line="91"/>
        <source>Seguir en segundo plano</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/tray.py" line="93"/>
        <source>No volver a preguntar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="328"/>
        <source>Sin vencimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="331"/>
        <source>Vencida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="333"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="334"/>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conversations</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/formatting.py" line="24"/>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/formatting.py" line="25"/>
        <source>WhatsApp (Twilio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/formatting.py" line="26"/>
        <source>Chat web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/formatting.py" line="27"/>
        <location filename="../../vircom_desktop/ui/conversations/formatting.py" line="38"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/formatting.py" line="28"/>
        <source>Mostrador / teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/formatting.py" line="35"/>
        <source>WA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/formatting.py" line="36"/>
        <source>TW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/formatting.py" line="37"/>
        <source>WEB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/formatting.py" line="39"/>
        <source>TEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/formatting.py" line="46"/>
        <source>Automático</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/formatting.py" line="47"/>
        <source>Borrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/formatting.py" line="48"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="14"/>
        <source>Ese horario ya no está libre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="15"/>
        <source>El técnico no trabaja a esa hora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="16"/>
        <source>El taller está cerrado ese día.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="17"/>
        <source>Esa hora ya pasó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="18"/>
        <source>Queda muy poco tiempo para esa hora; elige una más adelante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="21"/>
        <source>Todavía no se toman reservas para esa fecha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="24"/>
        <source>Ese técnico no realiza este servicio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="25"/>
        <source>Ese técnico no existe o no está activo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="28"/>
        <source>Ese servicio no existe o no está activo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="31"/>
        <source>No se encontró al cliente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="32"/>
        <source>Falta la dirección de la visita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="33"/>
        <source>Describe el problema a reparar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="34"/>
        <source>Indica el motivo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="35"/>
        <source>Ningún técnico puede hacer ese servicio a esa hora.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="38"/>
        <source>Esa acción no corresponde al estado actual de la visita.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="41"/>
        <source>La visita ya no existe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="42"/>
        <source>La visita todavía no empieza.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="52"/>
        <source>No se pudo completar la acción.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="59"/>
        <source>Pendiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="60"/>
        <source>Confirmada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="61"/>
        <source>Realizada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="62"/>
        <source>Cancelada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="63"/>
        <source>Rechazada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="64"/>
        <source>Vencida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="65"/>
        <source>No asistió</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
