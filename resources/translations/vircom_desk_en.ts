<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es_CL">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="84"/>
        <source>Hoy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="85"/>
        <source>Ir a hoy (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="88"/>
        <source>Anterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="91"/>
        <source>Siguiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="101"/>
        <source>Día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="102"/>
        <source>Semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="103"/>
        <source>Mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="104"/>
        <source>Mi día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="116"/>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="327"/>
        <source>Todos los técnicos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="117"/>
        <source>Mostrar canceladas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="118"/>
        <source>Nueva visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="120"/>
        <source>Agendar una visita (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="134"/>
        <source>Su taller aún no tiene técnicos. Defina en Ajustes el horario, los servicios y los técnicos para empezar a agendar visitas. Para probar la aplicación con un taller de ejemplo, iníciela con --demo en una carpeta de datos vacía.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="140"/>
        <source>Ir a Ajustes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="148"/>
        <source>Arrastre una visita para moverla, o su borde inferior para alargarla · arrastre en un hueco para crear una · doble clic para editar · rayado = pendiente de aprobación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="271"/>
        <source>d &apos;de&apos; MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="272"/>
        <source>{first} – {last} de {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="359"/>
        <source>1 visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="361"/>
        <source>{count} visitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="364"/>
        <source>{count} pend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="382"/>
        <source>Cerrado: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="384"/>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="421"/>
        <source>Cerrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="389"/>
        <source>Ausente: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="389"/>
        <source>Ausente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="392"/>
        <source>No trabaja hoy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="418"/>
        <source>ddd d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="457"/>
        <source>Visita movida al {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="471"/>
        <source>La visita ahora termina a las {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="482"/>
        <source>No se pudo cambiar la duración de la visita: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="492"/>
        <source>No se pudo mover la visita: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="200"/>
        <source>Probar conexión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="203"/>
        <source>Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="205"/>
        <source>Dirección:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="206"/>
        <source>Modelo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="213"/>
        <source>Automático: VircomBot responde solo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="214"/>
        <source>Borrador: el equipo revisa cada respuesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="215"/>
        <source>Las visitas del bot necesitan aprobación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="219"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="220"/>
        <source>VircomBot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="223"/>
        <source>Modo de las conversaciones nuevas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="226"/>
        <source>Reserva una propuesta por:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="249"/>
        <source>Probando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="263"/>
        <source>Conectado, pero no hay modelos instalados: ollama pull llama3.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="266"/>
        <source>Conectado. El modelo {model} no está instalado: ollama pull {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="269"/>
        <source>Conectado: {count} modelos instalados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="276"/>
        <source>No se pudo conectar a {url}. Inicie Ollama (ollama serve) o revise la dirección.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettingsTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="94"/>
        <source>(sin definir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="98"/>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="112"/>
        <source>Definido por la variable {variable}, que tiene prioridad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="101"/>
        <source>Secreto: escriba un valor nuevo para cambiarlo. Se guarda solo en este equipo, legible únicamente por su usuario ({variable} tiene prioridad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="161"/>
        <source>La dirección de Ollama debe empezar con http:// o https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="165"/>
        <source>Indique la dirección de escucha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="168"/>
        <source>Indique el modelo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="173"/>
        <source>Hay un valor que la aplicación no puede usar; revíselo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearanceTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="328"/>
        <source>Español</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="329"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="331"/>
        <source>Como el sistema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="332"/>
        <source>Claro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="333"/>
        <source>Oscuro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="334"/>
        <source>Apariencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="336"/>
        <source>Idioma:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="337"/>
        <source>Tema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="338"/>
        <source>El idioma se aplica al reiniciar; el tema, al guardar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentEditor</name>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="128"/>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="202"/>
        <source>Visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="135"/>
        <source>Buscar cliente por teléfono o nombre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="143"/>
        <source>+56 9 1234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="165"/>
        <source>¿Qué hay que reparar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="171"/>
        <source>Confirmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="172"/>
        <source>Completada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="173"/>
        <source>No asistió</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="174"/>
        <source>Cancelar visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="176"/>
        <source>Reprogramar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="177"/>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="448"/>
        <source>Guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="180"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="182"/>
        <source>Motivo (opcional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="183"/>
        <source>Sí, cancelar la visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="185"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="189"/>
        <source>¿Cancelar esta visita?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="196"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="199"/>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="200"/>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="204"/>
        <source>Servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="205"/>
        <source>Técnico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="209"/>
        <source>Fecha y hora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="210"/>
        <source>Horarios libres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="211"/>
        <source>Dirección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="212"/>
        <source>Problema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="213"/>
        <source>Notas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="273"/>
        <source>Nueva visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="291"/>
        <source>Visita de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="295"/>
        <source>{status} de aprobación · vence {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="299"/>
        <source>propuesta por VircomBot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="326"/>
        <source>Cualquiera disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="363"/>
        <source>Cliente registrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="368"/>
        <source>Se registrará como cliente nuevo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="406"/>
        <source>Sin horarios libres ese día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="418"/>
        <source>No se pudo consultar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="448"/>
        <source>Agendar visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="475"/>
        <source>Indica el teléfono o el nombre del cliente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="479"/>
        <source>Primero crea un servicio en Ajustes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="502"/>
        <source>Visita agendada para el {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="524"/>
        <source>Visita reprogramada para el {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="526"/>
        <source>Cambios guardados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="566"/>
        <source>Visita confirmada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="547"/>
        <source>Visita marcada como realizada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="551"/>
        <source>Visita marcada como «no asistió».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="557"/>
        <source>Visita cancelada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="254"/>
        <source>No hay visitas esperando aprobación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="270"/>
        <source>Aprobar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="272"/>
        <source>Rechazar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="273"/>
        <source>Ver en la agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="287"/>
        <source>Cliente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="288"/>
        <source>Teléfono:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="289"/>
        <source>Dirección:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="290"/>
        <source>Problema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="291"/>
        <source>Horario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="292"/>
        <source>Técnico:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="293"/>
        <source>Vence en:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="302"/>
        <source>Conversación:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="358"/>
        <source>No se pudieron cargar las propuestas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="385"/>
        <source>Seleccione una propuesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="392"/>
        <source>(sin teléfono)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="393"/>
        <source>(sin dirección)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="396"/>
        <source>{day}, de {start} a {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="411"/>
        <source>Visita creada sin conversación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="413"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="414"/>
        <source>VircomBot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="415"/>
        <source>Equipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="416"/>
        <source>Sistema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="488"/>
        <source>No se pudo completar la acción.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="286"/>
        <source>WhatsApp (Meta Cloud API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="291"/>
        <source>Token de verificación:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="293"/>
        <source>ID del número:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="294"/>
        <source>Token de acceso:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="295"/>
        <source>App secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="296"/>
        <source>Plantilla de avisos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="298"/>
        <source>Twilio (WhatsApp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="300"/>
        <source>Account SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="301"/>
        <source>Auth token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="302"/>
        <source>Número de origen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="304"/>
        <source>Servidor de mensajes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="308"/>
        <source>URL pública:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="309"/>
        <source>Dirección de escucha:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="310"/>
        <source>Puerto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="312"/>
        <source>La dirección y el puerto se aplican al reiniciar la aplicación.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="59"/>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="60"/>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="61"/>
        <source>Visitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="63"/>
        <source>Última visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="66"/>
        <source>Dirección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="72"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="73"/>
        <source>Servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="74"/>
        <source>Técnico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="75"/>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="76"/>
        <source>Problema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="82"/>
        <source>Clientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="85"/>
        <source>Buscar por nombre, teléfono o dirección…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="89"/>
        <source>Elija un cliente para ver sus visitas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="143"/>
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
        <location filename="../../vircom_desktop/ui/conversations/composer.py" line="51"/>
        <source>Regenerar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/composer.py" line="52"/>
        <source>Detener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/composer.py" line="53"/>
        <source>Enviar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/composer.py" line="115"/>
        <source>Borrador de VircomBot por revisar: edítelo si hace falta y envíelo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/composer.py" line="127"/>
        <source>VircomBot está escribiendo…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/list_model.py" line="151"/>
        <source>VircomBot: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/list_model.py" line="153"/>
        <source>Equipo: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/list_model.py" line="207"/>
        <source>Requiere atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/list_model.py" line="209"/>
        <source>Borrador por revisar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/list_model.py" line="211"/>
        <source>VircomBot redactando…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/list_model.py" line="76"/>
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
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="131"/>
        <source>Modo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="132"/>
        <source>El equipo revisa y entrega cada respuesta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="232"/>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="237"/>
        <source>No se pudieron cargar las conversaciones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="306"/>
        <source>Conversaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="321"/>
        <source>Requiere atención: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="322"/>
        <source>el bot pidió ayuda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="420"/>
        <source>Deteniendo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="469"/>
        <source>Borrador listo: revíselo, edítelo si hace falta y envíelo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="472"/>
        <source>VircomBot no pudo responder ({reason}); revise el mensaje de espera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="473"/>
        <source>pidió ayuda de una persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="483"/>
        <source>error inesperado; vea el registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="501"/>
        <source>Borrador detenido. Puede editarlo o pedir otro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="503"/>
        <source>VircomBot no pudo redactar: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="585"/>
        <source>Enviado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="594"/>
        <source>el envío por este canal todavía no está disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="596"/>
        <source>revise la conexión del canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="598"/>
        <source>No se pudo enviar ({reason}). El texto sigue aquí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="610"/>
        <source>Mensaje en cola para reenviarse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="619"/>
        <source>No se pudo reintentar el envío; puede que ya se haya enviado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="625"/>
        <source>No se pudo guardar el cambio; vea el registro.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayVisitsModel</name>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/my_day.py" line="27"/>
        <source>Hora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/my_day.py" line="30"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/my_day.py" line="31"/>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/my_day.py" line="32"/>
        <source>Dirección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/my_day.py" line="33"/>
        <source>Problema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/my_day.py" line="35"/>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskUserSelector</name>
    <message>
        <location filename="../../vircom_desktop/ui/desk_user.py" line="84"/>
        <source>Atiende:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/desk_user.py" line="88"/>
        <source>Quién está en el escritorio; su nombre queda en el historial de cambios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/desk_user.py" line="106"/>
        <source>Sin identificar</source>
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
        <source>Ocurrió un error inesperado. La aplicación sigue funcionando y sus datos están guardados.</source>
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
    <name>HoursTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="127"/>
        <source>Horario de atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="131"/>
        <source>Cerrado (ej.: 09:00-13:00, 14:00-19:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="135"/>
        <source>Separe los tramos con comas; el espacio entre tramos es el descanso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="140"/>
        <source>Desde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="140"/>
        <source>Hasta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="140"/>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="140"/>
        <source>Quién</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="155"/>
        <source>Feriado, vacaciones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="157"/>
        <source>Agregar cierre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="158"/>
        <source>Quitar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="164"/>
        <source>Cierres (feriados y permisos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="178"/>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="189"/>
        <source>Todo el taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="210"/>
        <source>El cierre termina antes de empezar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="234"/>
        <source>{day}: escriba tramos como 09:00-13:00, 14:00-19:00, sin superponerse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="141"/>
        <source>Vircom Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="178"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="180"/>
        <source>Conversaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="182"/>
        <source>Aprobaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="183"/>
        <source>Clientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="184"/>
        <source>Ajustes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="365"/>
        <source>Ollama: listo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="365"/>
        <source>Modelo {model} en {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="367"/>
        <source>Ollama: sin conexión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="368"/>
        <source>Revise que Ollama esté corriendo en {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="371"/>
        <source>Ollama: falta el modelo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="372"/>
        <source>Descárgalo con: ollama pull {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="374"/>
        <source>Ollama: comprobando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="387"/>
        <source>Escuchando en {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="389"/>
        <source>Servidor detenido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="394"/>
        <source>Sin aprobaciones pendientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="396"/>
        <source>1 aprobación pendiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="398"/>
        <source>{count} aprobaciones pendientes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="77"/>
        <source>Revisar y enviar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="98"/>
        <source>Detalle técnico: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="100"/>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="118"/>
        <source>Reintentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="101"/>
        <source>Volver a enviar este mensaje por su canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="111"/>
        <source>Reintentando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="122"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="123"/>
        <source>VircomBot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="124"/>
        <source>Equipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="125"/>
        <source>Sistema</source>
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
    <name>NewPinDialog</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="362"/>
        <source>PIN de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="374"/>
        <source>PIN nuevo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="375"/>
        <source>Repítalo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="387"/>
        <source>El PIN debe tener al menos 4 dígitos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="389"/>
        <source>Los PIN no coinciden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../vircom_desktop/ui/owner_gate.py" line="52"/>
        <source>PIN de la dueña o dueño</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/owner_gate.py" line="59"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/owner_gate.py" line="68"/>
        <source>Esta acción es solo para la dueña o el dueño.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/owner_gate.py" line="80"/>
        <source>Escriba el PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/owner_gate.py" line="90"/>
        <source>No se pudo comprobar el PIN. Intente de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/owner_gate.py" line="96"/>
        <source>Aún no hay un PIN de dueña o dueño: defínalo en Ajustes → Personal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/owner_gate.py" line="101"/>
        <source>PIN incorrecto.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="164"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="165"/>
        <source>Visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="167"/>
        <source>Técnico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="171"/>
        <source>Servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="173"/>
        <source>Vence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="120"/>
        <source>Rechazar visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="123"/>
        <source>Por ejemplo: no tenemos repuestos para ese modelo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="125"/>
        <source>Indique el motivo del rechazo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="131"/>
        <source>Rechazar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="135"/>
        <source>Motivo para {customer} (se le informará):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="247"/>
        <source>Servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="248"/>
        <source>Duración (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="249"/>
        <source>Precio (CLP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="250"/>
        <source>Traslado (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="251"/>
        <source>Activo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="258"/>
        <source>Nuevo servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="296"/>
        <source>Fila {row}: «{value}» no es un número válido (mínimo {minimum}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="304"/>
        <source>Fila {row}: falta el nombre del servicio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="85"/>
        <source>Taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="86"/>
        <source>Horario y cierres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="87"/>
        <source>Técnicos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="88"/>
        <source>Servicios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="89"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="90"/>
        <source>VircomBot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="91"/>
        <source>Canales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="92"/>
        <source>Apariencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="145"/>
        <source>No se pudieron cargar los ajustes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="45"/>
        <source>Guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="74"/>
        <source>Cambios guardados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="81"/>
        <source>No se pudieron guardar los cambios; vea el registro.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="56"/>
        <source>Perfil del taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="58"/>
        <source>Nombre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="59"/>
        <source>Zona que atiende:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="60"/>
        <source>Teléfono:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="61"/>
        <source>Correo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="62"/>
        <source>Dirección:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="64"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="66"/>
        <source> días</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="69"/>
        <source>cada {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="71"/>
        <source>Reservas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="73"/>
        <source>Aviso mínimo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="74"/>
        <source>Se reserva hasta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="75"/>
        <source>Horas de inicio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="76"/>
        <source>Duración por defecto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="97"/>
        <source>El taller necesita un nombre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="101"/>
        <source>El correo no parece válido.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="408"/>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="408"/>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="408"/>
        <source>Activo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="408"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="416"/>
        <source>Nueva persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="417"/>
        <source>Definir PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="421"/>
        <source>Solo quien tiene rol Dueña/o y PIN puede aprobar visitas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="447"/>
        <source>definido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="447"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="456"/>
        <source>Fila {row}: falta el nombre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="474"/>
        <source>Elija a una persona de la lista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="479"/>
        <source>Guarde primero a la persona nueva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="506"/>
        <source>PIN guardado.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechniciansTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="52"/>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="161"/>
        <source>Nuevo técnico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="56"/>
        <source>Elegir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="58"/>
        <source>Activo (recibe visitas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="66"/>
        <source>Copiar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="67"/>
        <source>Generar nuevo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="80"/>
        <source>Nombre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="81"/>
        <source>Color:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="82"/>
        <source>Teléfono:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="84"/>
        <source>Servicios que realiza:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="85"/>
        <source>Horario semanal (ej.: 09:00-13:00, 14:00-18:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="88"/>
        <source>No trabaja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="91"/>
        <source>Calendario (token):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="113"/>
        <source>{name} (inactivo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="155"/>
        <source>Sin enlace: pulse «Generar nuevo» para su calendario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="157"/>
        <source>Guarde el técnico y genere un enlace para su calendario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="179"/>
        <source>Token copiado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="194"/>
        <source>Nuevo enlace de calendario creado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="202"/>
        <source>Escriba el nombre del técnico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="205"/>
        <source>El color debe ser como #2563eb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="213"/>
        <source>{day}: escriba tramos como 09:00-13:00, 14:00-18:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="156"/>
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
        <location filename="../../vircom_desktop/ui/approvals.py" line="205"/>
        <source>Sin vencimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="208"/>
        <source>Vencida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="210"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="211"/>
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
    <name>settings</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="21"/>
        <source>Lunes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="22"/>
        <source>Martes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="23"/>
        <source>Miércoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="24"/>
        <source>Jueves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="25"/>
        <source>Viernes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="26"/>
        <source>Sábado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="27"/>
        <source>Domingo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="351"/>
        <source>Dueña/o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="352"/>
        <source>Recepción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="353"/>
        <source>Técnico</source>
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
        <location filename="../../vircom_desktop/ui/texts.py" line="43"/>
        <source>Una visita dura entre 15 minutos y 12 horas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="55"/>
        <source>No se pudo completar la acción.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="62"/>
        <source>Pendiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="63"/>
        <source>Confirmada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="64"/>
        <source>Realizada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="65"/>
        <source>Cancelada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="66"/>
        <source>Rechazada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="67"/>
        <source>Vencida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="68"/>
        <source>No asistió</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
