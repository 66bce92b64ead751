<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es_CL">
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="105"/>
        <source>Hoy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="106"/>
        <source>Ir a hoy (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="109"/>
        <source>Anterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="112"/>
        <source>Siguiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="122"/>
        <source>Día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="123"/>
        <source>Semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="124"/>
        <source>Mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="125"/>
        <source>Mi día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="139"/>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="413"/>
        <source>Todos los técnicos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="140"/>
        <source>Mostrar canceladas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="141"/>
        <source>Nueva visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="143"/>
        <source>Agendar una visita (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="179"/>
        <source>Arrastre una visita para moverla, o su borde inferior para alargarla · arrastre en un hueco para crear una · doble clic para editar · rayado = pendiente de aprobación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="308"/>
        <source>d &apos;de&apos; MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="309"/>
        <source>{first} – {last} de {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="387"/>
        <source>1 visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="388"/>
        <source>{count} visitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="389"/>
        <source>{count} pend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="391"/>
        <source>Cerrado: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="390"/>
        <source>Cerrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="393"/>
        <source>Ausente: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="392"/>
        <source>Ausente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="394"/>
        <source>No trabaja hoy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="386"/>
        <source>ddd d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="480"/>
        <source>Visita movida al {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="501"/>
        <source>La visita ahora termina a las {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="494"/>
        <source>No se pudo cambiar la duración de la visita: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="160"/>
        <source>Su taller aún no tiene técnicos. Agregue en Ajustes sus técnicos, el horario y los servicios para empezar a agendar visitas. Si solo quiere conocer la aplicación, cargue un taller de ejemplo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="166"/>
        <source>Agregar técnicos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="168"/>
        <source>Cargar taller de ejemplo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="170"/>
        <source>Llena el taller vacío con servicios, técnicos, visitas y conversaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/page.py" line="473"/>
        <source>No se pudo mover la visita: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="202"/>
        <source>Probar conexión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="205"/>
        <source>Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="207"/>
        <source>Dirección:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="208"/>
        <source>Modelo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="209"/>
        <source>Consultas a la vez:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="217"/>
        <source>Automático: VircomBot responde solo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="218"/>
        <source>Borrador: el equipo revisa cada respuesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="219"/>
        <source>Las visitas del bot necesitan aprobación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="223"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="224"/>
        <source>VircomBot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="227"/>
        <source>Modo de las conversaciones nuevas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="230"/>
        <source>Reserva una propuesta por:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="241"/>
        <source>por ejemplo 24, 2 (vacío: sin recordatorios)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="248"/>
        <source> h antes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="249"/>
        <source>Después de la reserva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="251"/>
        <source>Recordar (horas antes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="253"/>
        <source>Cambios por chat hasta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="262"/>
        <source>Definido por la variable {variable}, que tiene prioridad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="266"/>
        <source>Compartido por todos los escritorios de este taller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="274"/>
        <source>Ollama en este equipo atiende {parallel} a la vez (OLLAMA_NUM_PARALLEL). Las demás esperan aquí, primero el escritorio, luego los clientes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="278"/>
        <source>OLLAMA_NUM_PARALLEL no está definido aquí: Ollama suele atender una consulta a la vez. Use el mismo número en ambos; las demás esperan aquí, primero el escritorio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="296"/>
        <source>Escriba las horas separadas por comas, entre 0,1 y 336 (por ejemplo 24, 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="316"/>
        <source>Probando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="330"/>
        <source>Conectado, pero no hay modelos instalados: ollama pull llama3.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="333"/>
        <source>Conectado. El modelo {model} no está instalado: ollama pull {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="336"/>
        <source>Conectado: {count} modelos instalados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="343"/>
        <source>No se pudo conectar a {url}. Inicie Ollama (ollama serve) o revise la dirección.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettingsTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="92"/>
        <source>(sin definir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="96"/>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="110"/>
        <source>Definido por la variable {variable}, que tiene prioridad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="99"/>
        <source>Secreto: escriba un valor nuevo para cambiarlo. Se guarda solo en este equipo, legible únicamente por su usuario ({variable} tiene prioridad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="159"/>
        <source>La dirección de Ollama debe empezar con http:// o https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="163"/>
        <source>Indique la dirección de escucha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="166"/>
        <source>Indique el modelo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="171"/>
        <source>Hay un valor que la aplicación no puede usar; revíselo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearanceTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="401"/>
        <source>Español</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="402"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="404"/>
        <source>Como el sistema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="405"/>
        <source>Claro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="406"/>
        <source>Oscuro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="407"/>
        <source>Apariencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="409"/>
        <source>Idioma:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="410"/>
        <source>Tema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="411"/>
        <source>El idioma se aplica al reiniciar; el tema, al guardar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentEditor</name>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="102"/>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="177"/>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="250"/>
        <source>Visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="109"/>
        <source>Buscar cliente por teléfono o nombre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="117"/>
        <source>+56 9 1234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="139"/>
        <source>¿Qué hay que reparar?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="146"/>
        <source>Confirmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="147"/>
        <source>Completada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="148"/>
        <source>No asistió</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="149"/>
        <source>Cancelar visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="151"/>
        <source>Reprogramar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="152"/>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="464"/>
        <source>Guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="155"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="157"/>
        <source>Motivo (opcional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="158"/>
        <source>Sí, cancelar la visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="160"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="164"/>
        <source>¿Cancelar esta visita?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="171"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="174"/>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="175"/>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="179"/>
        <source>Servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="180"/>
        <source>Técnico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="184"/>
        <source>Fecha y hora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="185"/>
        <source>Horarios libres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="186"/>
        <source>Dirección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="187"/>
        <source>Problema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="188"/>
        <source>Notas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="251"/>
        <source>Esta visita ya no existe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="276"/>
        <source>Nueva visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="281"/>
        <source>Para agendar visitas, el taller necesita al menos un servicio. Créelo primero en Ajustes → Servicios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="301"/>
        <source>Visita de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="305"/>
        <source>{status} de aprobación · vence {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="309"/>
        <source>propuesta por VircomBot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="311"/>
        <source>✓ el cliente confirmó su asistencia ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="340"/>
        <source>Cualquiera disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="377"/>
        <source>Cliente registrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="382"/>
        <source>Se registrará como cliente nuevo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="419"/>
        <source>Sin horarios libres ese día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="434"/>
        <source>No se pudo consultar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="464"/>
        <source>Agendar visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="524"/>
        <source>Visita agendada para el {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="563"/>
        <source>Visita reprogramada para el {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="565"/>
        <source>Cambios guardados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="617"/>
        <source>Visita confirmada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="587"/>
        <source>Visita marcada como realizada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="497"/>
        <source>Indique el teléfono o el nombre del cliente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="501"/>
        <source>Primero cree un servicio en Ajustes → Servicios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="591"/>
        <source>Visita marcada como «no asistió».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/appointment_editor.py" line="601"/>
        <source>Visita cancelada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="202"/>
        <source>No hay visitas esperando aprobación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="218"/>
        <source>Aprobar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="220"/>
        <source>Rechazar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="221"/>
        <source>Ver en la agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="235"/>
        <source>Cliente:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="236"/>
        <source>Teléfono:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="237"/>
        <source>Dirección:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="238"/>
        <source>Problema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="239"/>
        <source>Horario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="240"/>
        <source>Técnico:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="241"/>
        <source>Vence en:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="250"/>
        <source>Conversación:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="298"/>
        <source>No se pudieron cargar las propuestas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="325"/>
        <source>Seleccione una propuesta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="332"/>
        <source>el cliente cambia de hora la visita #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="337"/>
        <source>(sin teléfono)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="338"/>
        <source>(sin dirección)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="341"/>
        <source>{day}, de {start} a {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="356"/>
        <source>Visita creada sin conversación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="358"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="359"/>
        <source>VircomBot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="360"/>
        <source>Equipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="361"/>
        <source>Sistema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="440"/>
        <source>No se pudo completar la acción.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/backups_tab.py" line="36"/>
        <source>Respaldo automático</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/backups_tab.py" line="38"/>
        <source>Buscando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/backups_tab.py" line="40"/>
        <source>Respaldar ahora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/backups_tab.py" line="41"/>
        <source>Último respaldo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/backups_tab.py" line="49"/>
        <source>La aplicación guarda una copia verificada de la base de datos al iniciar y luego cada día, en la carpeta de datos (respaldos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/backups_tab.py" line="54"/>
        <source>Opciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/backups_tab.py" line="58"/>
        <source> respaldos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/backups_tab.py" line="59"/>
        <source>Conservar los últimos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/backups_tab.py" line="61"/>
        <source>(ninguna)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/backups_tab.py" line="62"/>
        <location filename="../../vircom_desktop/ui/settings/backups_tab.py" line="99"/>
        <source>Copiar respaldos a…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/backups_tab.py" line="68"/>
        <source>Carpeta de copia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/backups_tab.py" line="73"/>
        <source>Un disco USB o una carpeta sincronizada guardan las copias fuera del equipo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/backups_tab.py" line="111"/>
        <source>Ninguno todavía.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/backups_tab.py" line="114"/>
        <source>{when} ({file})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/backups_tab.py" line="129"/>
        <source>Respaldo guardado y verificado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/backups_tab.py" line="134"/>
        <source>No se pudo respaldar: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="353"/>
        <source>WhatsApp (Meta Cloud API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="358"/>
        <source>Token de verificación:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="360"/>
        <source>ID del número:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="361"/>
        <source>Token de acceso:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="362"/>
        <source>App secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="363"/>
        <source>Plantilla de avisos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="366"/>
        <source>Plantilla de recordatorios:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="371"/>
        <source>Twilio (WhatsApp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="373"/>
        <source>Account SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="374"/>
        <source>Auth token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="375"/>
        <source>Número de origen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="377"/>
        <source>Servidor de mensajes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="381"/>
        <source>URL pública:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="382"/>
        <source>Dirección de escucha:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="383"/>
        <source>Puerto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/system_tabs.py" line="385"/>
        <source>La dirección y el puerto se aplican al reiniciar la aplicación.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPrivacyBar</name>
    <message>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="54"/>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="89"/>
        <source>Exportar datos del cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="55"/>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="129"/>
        <source>Eliminar datos del cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="79"/>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="193"/>
        <source>Quitar «no contactar»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="81"/>
        <source>Marcar «no contactar»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="91"/>
        <source>Documento JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="105"/>
        <source>Datos exportados a {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="130"/>
        <source>¿Eliminar los datos personales de {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="133"/>
        <source>Se borrarán su nombre, teléfono, dirección y notas; {conversations} conversaciones con {messages} mensajes; {turns} respuestas del modelo; y la dirección, el problema y las notas de sus {visits} visitas. Las visitas quedan como registros anónimos (fecha, servicio, técnico, estado y precio). Esto no se puede deshacer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="145"/>
        <source>Eliminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="146"/>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="201"/>
        <source>Cancelar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="172"/>
        <source>Datos eliminados: {messages} mensajes en {conversations} conversaciones; {visits} visitas quedan anónimas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="196"/>
        <source>Quite la marca solo si {name} pidió volver a recibir avisos y recordatorios. ¿Lo pidió?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="200"/>
        <source>Sí, lo pidió</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="223"/>
        <source>Marcado «no contactar»: no recibirá avisos ni recordatorios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="225"/>
        <source>Se quitó «no contactar».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="237"/>
        <source>No se pudo escribir el archivo: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/client_privacy.py" line="243"/>
        <source>No se pudo completar la acción. Revise el registro.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="73"/>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="74"/>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="75"/>
        <source>Visitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="77"/>
        <source>Última visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="81"/>
        <source>Próxima visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="85"/>
        <source>Contacto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="86"/>
        <source>no contactar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="88"/>
        <source>Dirección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="94"/>
        <source>Fecha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="95"/>
        <source>Servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="96"/>
        <source>Técnico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="97"/>
        <source>Estado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="98"/>
        <source>Problema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="104"/>
        <source>Clientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="107"/>
        <source>Buscar por nombre, teléfono o dirección…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="112"/>
        <source>Elija un cliente para ver sus visitas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/clients.py" line="179"/>
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
        <source>Por llamar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/list_model.py" line="209"/>
        <source>Requiere atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/list_model.py" line="211"/>
        <source>Borrador por revisar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/list_model.py" line="213"/>
        <source>VircomBot redactando…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/header.py" line="45"/>
        <source>Cliente marcado «no contactar»: responda solo a lo que el cliente escriba; no le envíe mensajes por iniciativa del taller (avisos, recordatorios, ofertas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/header.py" line="52"/>
        <source>Modo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/header.py" line="58"/>
        <source>Automático: VircomBot responde solo. Borrador: el equipo revisa cada respuesta. Manual: responde el equipo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/header.py" line="62"/>
        <source>El equipo revisa y entrega cada respuesta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/header.py" line="64"/>
        <source>Tomar control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/header.py" line="65"/>
        <source>Devolver al bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/header.py" line="110"/>
        <source>Conversaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/header.py" line="127"/>
        <source>Requiere atención: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/header.py" line="128"/>
        <source>el bot pidió ayuda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/header.py" line="131"/>
        <source>Detalles</source>
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
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="78"/>
        <source>Nuevo chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="79"/>
        <source>Cliente por teléfono o en el mostrador (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="189"/>
        <source>No se pudieron cargar las conversaciones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="310"/>
        <source>Deteniendo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="346"/>
        <source>Enviado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="355"/>
        <source>No se pudo enviar (revise la conexión del canal). El texto sigue aquí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="367"/>
        <source>Mensaje en cola para reenviarse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="376"/>
        <source>No se pudo reintentar el envío; puede que ya se haya enviado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/page.py" line="392"/>
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
        <location filename="../../vircom_desktop/ui/agenda/my_day.py" line="32"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/my_day.py" line="35"/>
        <source>Dirección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/my_day.py" line="36"/>
        <source>Problema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/my_day.py" line="38"/>
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
    <name>Drafts</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/drafts.py" line="256"/>
        <source>Borrador listo: revíselo, edítelo si hace falta y envíelo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/drafts.py" line="259"/>
        <source>VircomBot no pudo responder ({reason}); revise el mensaje de espera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/drafts.py" line="260"/>
        <source>pidió ayuda de una persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/drafts.py" line="270"/>
        <source>error inesperado; vea el registro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/drafts.py" line="316"/>
        <source>Borrador detenido. Puede editarlo o pedir otro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/drafts.py" line="318"/>
        <source>VircomBot no pudo redactar: {reason}</source>
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
    <name>ExportDialog</name>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/routine.py" line="39"/>
        <source>Exportar visitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/routine.py" line="47"/>
        <source>Exportar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/routine.py" line="49"/>
        <source>Desde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/routine.py" line="50"/>
        <source>Hasta</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/wizard.py" line="47"/>
        <source>Asistente de inicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/wizard.py" line="50"/>
        <source>Omitir paso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/wizard.py" line="51"/>
        <source>Siguiente &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/wizard.py" line="52"/>
        <source>&lt; Atrás</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/wizard.py" line="53"/>
        <source>Terminar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/wizard.py" line="54"/>
        <source>Cerrar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/wizard.py" line="135"/>
        <source>No se pudo guardar la configuración. Revise los datos e intente de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="107"/>
        <source>Horario de atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="108"/>
        <source>Los días y horas en que se hacen visitas, con la pausa de almuerzo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="113"/>
        <source>Lun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="114"/>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="115"/>
        <source>Mié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="116"/>
        <source>Jue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="117"/>
        <source>Vie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="118"/>
        <source>Sáb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="119"/>
        <source>Dom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="128"/>
        <source>Pausa de almuerzo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="137"/>
        <source>a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="142"/>
        <source>Días:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="143"/>
        <source>Abre a las:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="144"/>
        <source>Cierra a las:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="126"/>
        <source>Horario de atención</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="126"/>
        <source>Cerrado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="129"/>
        <source>Desde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="129"/>
        <source>Hasta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="129"/>
        <source>Motivo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="129"/>
        <source>Quién</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="142"/>
        <source>Feriado, vacaciones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="144"/>
        <source>Agregar cierre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="145"/>
        <source>Quitar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="151"/>
        <source>Cierres (feriados y permisos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="164"/>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="175"/>
        <source>Todo el taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="196"/>
        <source>El cierre termina antes de empezar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="189"/>
        <source>Vircom Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="232"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="234"/>
        <source>Conversaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="236"/>
        <source>Aprobaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="237"/>
        <source>Clientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="240"/>
        <source>Recordatorios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="244"/>
        <source>Resumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="245"/>
        <source>Ajustes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="398"/>
        <source>El taller ya tiene datos: no se cargó el ejemplo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="407"/>
        <source>No se pudo cargar el taller de ejemplo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="538"/>
        <source>Ollama: listo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="538"/>
        <source>Modelo {model} en {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="540"/>
        <source>Ollama: sin conexión</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="541"/>
        <source>Revise que Ollama esté corriendo en {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="544"/>
        <source>Ollama: falta el modelo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="545"/>
        <source>Descárguelo con: ollama pull {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="548"/>
        <source>Ollama: no responde a tiempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="549"/>
        <source>El modelo tarda demasiado; revise la carga del equipo donde corre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="552"/>
        <source>Ollama: modelo sin herramientas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="553"/>
        <source>Use un modelo con herramientas, por ejemplo llama3.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="607"/>
        <source>VircomBot: {count} en espera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="611"/>
        <source>{running} de {slots} consultas al modelo en curso; las demás esperan su turno (primero el escritorio, luego los clientes, luego las tareas de fondo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="688"/>
        <source>Hay trabajo sin guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="692"/>
        <source>una respuesta sin enviar en 1 conversación</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="694"/>
        <source>respuestas sin enviar en {count} conversaciones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="697"/>
        <source>cambios sin guardar en una visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="699"/>
        <source>Tiene {what}. ¿Cerrar de todos modos? Se perderán.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="700"/>
        <source> y </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="706"/>
        <source>Cerrar sin guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="707"/>
        <source>Volver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="555"/>
        <source>Ollama: comprobando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="557"/>
        <source>Ollama: cargando modelo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="558"/>
        <source>Cargando {model} en memoria para responder sin esperas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="574"/>
        <source>Tareas en: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="577"/>
        <source>Recordatorios, copias de seguridad y vencimientos corren en {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="581"/>
        <source>Tareas: sin equipo a cargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="583"/>
        <source>Ningún escritorio ni servidor está ejecutando las tareas automáticas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="589"/>
        <source>Escuchando en {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="591"/>
        <source>Servidor detenido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="596"/>
        <source>Sin aprobaciones pendientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="598"/>
        <source>1 aprobación pendiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/main_window.py" line="600"/>
        <source>{count} aprobaciones pendientes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="73"/>
        <source>Revisar y enviar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="94"/>
        <source>Detalle técnico: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="96"/>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="114"/>
        <source>Reintentar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="97"/>
        <source>Volver a enviar este mensaje por su canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="107"/>
        <source>Reintentando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="123"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="124"/>
        <source>VircomBot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="125"/>
        <source>Equipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="126"/>
        <source>Sistema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="130"/>
        <source>Recordatorio</source>
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
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="25"/>
        <source>Nuevo chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="27"/>
        <source>+56 9 1234 5678 (opcional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="29"/>
        <source>Nombre del cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="32"/>
        <source>Pegue o escriba lo que dijo el cliente; VircomBot preparará la respuesta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="35"/>
        <source>Ctrl+Intro para pedir el borrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="36"/>
        <source>Escriba lo que dijo el cliente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="42"/>
        <source>Pedir borrador</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="44"/>
        <source>Teléfono:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="45"/>
        <source>Nombre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/new_chat.py" line="46"/>
        <source>Mensaje:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="260"/>
        <source>PIN de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="272"/>
        <source>PIN nuevo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="273"/>
        <source>Repítalo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="285"/>
        <source>El PIN debe tener entre 4 y 8 dígitos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="287"/>
        <source>Los PIN no coinciden.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OllamaPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="360"/>
        <source>VircomBot (Ollama)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="362"/>
        <source>La dirección del servidor Ollama donde corre el modelo de VircomBot. Pulse «Probar» para comprobarlo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="368"/>
        <source>Probar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="373"/>
        <source>Dirección:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="374"/>
        <source>Modelo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="385"/>
        <source>Comprobando…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="394"/>
        <source>Todo listo: Ollama responde y el modelo {model} puede usar herramientas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="397"/>
        <source>No hay respuesta en {url}. Revise que Ollama esté corriendo y la dirección.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="400"/>
        <source>Ollama responde, pero falta el modelo. Descárguelo en ese equipo con: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="403"/>
        <source>El modelo {model} no sabe usar herramientas; VircomBot necesita uno que sí (por ejemplo llama3.1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="318"/>
        <source>Dueño del taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="320"/>
        <source>Su nombre y un PIN de 4 a 8 dígitos: lo pedimos para aprobar las visitas que propone VircomBot y para cambiar ajustes del taller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="335"/>
        <source>Nombre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="336"/>
        <source>PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="337"/>
        <source>Repita el PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="344"/>
        <source>El PIN debe tener entre 4 y 8 dígitos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="346"/>
        <source>Los PIN no coinciden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="348"/>
        <source>Indique el nombre del dueño.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneRemindersPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/phone_reminders.py" line="55"/>
        <source>Visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/phone_reminders.py" line="58"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/phone_reminders.py" line="59"/>
        <source>Teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/phone_reminders.py" line="59"/>
        <source>(sin teléfono)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/phone_reminders.py" line="60"/>
        <source>Técnico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/phone_reminders.py" line="61"/>
        <source>Dirección</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/phone_reminders.py" line="62"/>
        <source>Por qué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/phone_reminders.py" line="69"/>
        <source>WhatsApp no permite escribirle (más de 24 h sin mensajes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/phone_reminders.py" line="70"/>
        <source>No tiene chat con el taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/phone_reminders.py" line="73"/>
        <source>Recordar por teléfono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/phone_reminders.py" line="77"/>
        <source>Clientes con visita confirmada a quienes no se les puede enviar el recordatorio por mensaje. Llámelos y marque cada uno como llamado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/phone_reminders.py" line="92"/>
        <source>No hay recordatorios pendientes por teléfono.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/phone_reminders.py" line="93"/>
        <source>Marcar como llamado</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../vircom_desktop/ui/owner_gate.py" line="42"/>
        <source>PIN de la dueña o dueño</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/owner_gate.py" line="49"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/owner_gate.py" line="57"/>
        <source>Esta acción es solo para la dueña o el dueño.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/owner_gate.py" line="69"/>
        <source>Escriba el PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/owner_gate.py" line="82"/>
        <source>Demasiados intentos con un PIN incorrecto. Espere {seconds} segundos e intente de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/owner_gate.py" line="88"/>
        <source>No se pudo comprobar el PIN. Intente de nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/owner_gate.py" line="94"/>
        <source>Aún no hay un PIN de dueña o dueño: defínalo en Ajustes → Personal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/owner_gate.py" line="99"/>
        <source>PIN incorrecto.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/privacy_tab.py" line="27"/>
        <source>24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/privacy_tab.py" line="29"/>
        <source>https://su-taller.cl/privacidad (opcional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/privacy_tab.py" line="30"/>
        <source>Datos de los clientes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/privacy_tab.py" line="32"/>
        <source>Conservar conversaciones (meses):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/privacy_tab.py" line="35"/>
        <source>Cada día se borran los mensajes más antiguos que este plazo y se anonimizan los clientes sin actividad; las visitas quedan como registros anónimos. Las copias de seguridad más antiguas también se borran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/privacy_tab.py" line="42"/>
        <source>Enlace a la política de privacidad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/privacy_tab.py" line="47"/>
        <source>VIRCOM_PRIVACY_URL está definida y se usa en su lugar: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/privacy_tab.py" line="54"/>
        <source>Aviso al cliente nuevo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/privacy_tab.py" line="73"/>
        <source>{notice} Más información: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/privacy_tab.py" line="83"/>
        <source>Escriba cuántos meses conservar: un número entero entre 1 y 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/privacy_tab.py" line="92"/>
        <source>El enlace debe empezar con https:// o http://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="106"/>
        <source>Cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="107"/>
        <source>Visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="109"/>
        <source>Técnico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="113"/>
        <source>Servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="115"/>
        <source>Vence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="60"/>
        <source>Rechazar visita</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="64"/>
        <source>Por ejemplo: no tenemos repuestos para ese modelo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="66"/>
        <source>Indique el motivo del rechazo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="72"/>
        <source>Rechazar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="76"/>
        <source>Motivo para {customer} (se le informará):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineMenu</name>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/routine.py" line="84"/>
        <source>Más</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/routine.py" line="87"/>
        <source>Imprimir la hoja del día, exportar visitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/routine.py" line="89"/>
        <source>Imprimir hoja del día…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/routine.py" line="90"/>
        <source>Exportar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/routine.py" line="107"/>
        <source>No hay visitas confirmadas el {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/routine.py" line="111"/>
        <source>Imprimir hoja del día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/routine.py" line="115"/>
        <source>Hoja del día enviada a imprimir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/routine.py" line="129"/>
        <source>Exportar visitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/routine.py" line="129"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/routine.py" line="136"/>
        <source>{count} visitas exportadas a {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/agenda/routine.py" line="144"/>
        <source>No se pudo completar: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="191"/>
        <source>Servicios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="193"/>
        <source>Lo que ofrece, con su duración y precio. Le dejamos los servicios habituales de un taller: ajústelos, agregue o quite los que quiera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="199"/>
        <source>Servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="199"/>
        <source>Duración (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="199"/>
        <source>Precio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="205"/>
        <source>Agregar servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="206"/>
        <source>Quitar el seleccionado</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="227"/>
        <source>Servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="228"/>
        <source>Duración (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="229"/>
        <source>Precio (CLP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="230"/>
        <source>Traslado (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="231"/>
        <source>Activo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="236"/>
        <source>Nuevo servicio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="274"/>
        <source>Fila {row}: «{value}» no es un número válido (mínimo {minimum}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="282"/>
        <source>Fila {row}: falta el nombre del servicio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="100"/>
        <source>Taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="101"/>
        <source>Horario y cierres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="102"/>
        <source>Técnicos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="103"/>
        <source>Servicios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="104"/>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="105"/>
        <source>VircomBot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="106"/>
        <source>Canales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="107"/>
        <source>Privacidad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="108"/>
        <source>Apariencia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="109"/>
        <source>Respaldos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="110"/>
        <source>Asistente de inicio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="112"/>
        <source>Vuelva a recorrer los pasos de la configuración inicial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/page.py" line="176"/>
        <source>No se pudieron cargar los ajustes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="68"/>
        <source>Guardar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="97"/>
        <source>Cambios guardados.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="104"/>
        <source>No se pudieron guardar los cambios; vea el registro.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="88"/>
        <source>Su taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="88"/>
        <source>El nombre y la zona que atiende.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="90"/>
        <source>Asistencia Vircom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="92"/>
        <source>Comunas o barrios donde hace visitas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="94"/>
        <source>Nombre del taller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="95"/>
        <source>Zona de atención:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="55"/>
        <source>Perfil del taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="57"/>
        <source>Nombre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="58"/>
        <source>Zona que atiende:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="59"/>
        <source>Teléfono:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="60"/>
        <source>Correo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="61"/>
        <source>Dirección:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="63"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="65"/>
        <source> días</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="68"/>
        <source>cada {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="70"/>
        <source>Reservas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="72"/>
        <source>Aviso mínimo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="73"/>
        <source>Se reserva hasta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="74"/>
        <source>Horas de inicio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="75"/>
        <source>Duración por defecto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="96"/>
        <source>El taller necesita un nombre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/shop_tabs.py" line="100"/>
        <source>El correo no parece válido.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="305"/>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="305"/>
        <source>Rol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="305"/>
        <source>Activo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="305"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="309"/>
        <source>Nueva persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="310"/>
        <source>Definir PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="314"/>
        <source>Solo quien tiene rol Dueña/o y PIN puede aprobar visitas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="340"/>
        <source>definido</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="340"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="349"/>
        <source>Fila {row}: falta el nombre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="367"/>
        <source>Elija a una persona de la lista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="372"/>
        <source>Guarde primero a la persona nueva.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="399"/>
        <source>PIN guardado.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="95"/>
        <source>Resumen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="98"/>
        <source>◀ Semana anterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="99"/>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="334"/>
        <source>Esta semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="100"/>
        <source>Semana siguiente ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="104"/>
        <source>Visitas realizadas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="105"/>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="321"/>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="344"/>
        <source>Canceladas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="106"/>
        <source>Cliente no estaba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="107"/>
        <source>Ingresos estimados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="108"/>
        <source>Propuestas aprobadas / rechazadas / vencidas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="109"/>
        <source>Tiempo mediano para decidir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="110"/>
        <source>Conversaciones resueltas solo por VircomBot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="111"/>
        <source>Conversaciones atendidas por una persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="112"/>
        <source>Recordatorios enviados / visitas confirmadas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="157"/>
        <source>Visitas por día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="159"/>
        <source>Ingresos estimados por día</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="161"/>
        <source>Por técnico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="163"/>
        <source>Conversaciones de la semana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="231"/>
        <source>Semana del {first} al {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="241"/>
        <source> M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="243"/>
        <source> mil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="250"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="252"/>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="255"/>
        <source>Semana anterior: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="282"/>
        <source>{count} ({percent} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="299"/>
        <source>({count} por teléfono)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="315"/>
        <source>Semana anterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="319"/>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="342"/>
        <source>Realizadas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="326"/>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="349"/>
        <source>No estaba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="355"/>
        <source>Solo VircomBot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="356"/>
        <source>Con una persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="361"/>
        <source>Motivos para pasar a una persona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/summary/page.py" line="367"/>
        <source>VircomBot no pasó conversaciones a una persona.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechniciansPage</name>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="255"/>
        <source>Técnicos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="256"/>
        <source>Quiénes hacen las visitas y qué servicios realiza cada uno.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="261"/>
        <source>Agregar técnico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="271"/>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechniciansTab</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="50"/>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="153"/>
        <source>Nuevo técnico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="54"/>
        <source>Elegir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="56"/>
        <source>Activo (recibe visitas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="61"/>
        <source>Horario semanal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="64"/>
        <source>Copiar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="65"/>
        <source>Generar nuevo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="78"/>
        <source>Nombre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="79"/>
        <source>Color:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="80"/>
        <source>Teléfono:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="82"/>
        <source>Servicios que realiza:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="61"/>
        <source>No trabaja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="84"/>
        <source>Calendario (token):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="106"/>
        <source>{name} (inactivo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="147"/>
        <source>Sin enlace: pulse «Generar nuevo» para su calendario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="149"/>
        <source>Guarde el técnico y genere un enlace para su calendario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="171"/>
        <source>Token copiado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="186"/>
        <source>Nuevo enlace de calendario creado.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="194"/>
        <source>Escriba el nombre del técnico.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="197"/>
        <source>El color debe ser como #2563eb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/thread_view.py" line="161"/>
        <source>Elija una conversación o cree un chat nuevo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolCard</name>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="60"/>
        <source>Ver en la agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="80"/>
        <source>Consultando disponibilidad…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="81"/>
        <source>Proponiendo una visita…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="82"/>
        <source>Revisando los servicios…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="83"/>
        <source>Derivando a una persona…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="85"/>
        <source>Usando {tool}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="118"/>
        <source>Servicios consultados</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="123"/>
        <source>Derivada a una persona del equipo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="127"/>
        <source>Herramienta {tool} usada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="135"/>
        <source>: no resultó</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="144"/>
        <source>Disponibilidad consultada: {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="146"/>
        <source>No quedan horas libres ese día.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="151"/>
        <source>(y {count} más)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="153"/>
        <source>{count} horas libres: {times}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="163"/>
        <source>Visita propuesta (pendiente de aprobación)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="165"/>
        <source>Visita agendada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="168"/>
        <source>{service} · {when} · {technician}
{address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="185"/>
        <source>Visita propuesta: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="197"/>
        <source>En la ficha figura «{on_file}»; el cliente dijo «{heard}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/conversations/tool_cards.py" line="201"/>
        <source>Usar «{heard}»</source>
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
        <source>VircomBot propuso una visita que espera su aprobación.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/tray.py" line="87"/>
        <source>¿Seguir atendiendo a los clientes en segundo plano? VircomBot seguirá respondiendo y le avisará desde la bandeja del sistema.</source>
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
    <name>WeekHoursEditor</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/week_hours.py" line="21"/>
        <source>{day_off} (ej.: 09:00-13:00, 14:00-18:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/week_hours.py" line="26"/>
        <source>Separe los tramos con comas; el espacio entre tramos es el descanso.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/week_hours.py" line="48"/>
        <source>{day}: escriba tramos como 09:00-13:00, 14:00-18:00, sin superponerse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="62"/>
        <source>Bienvenido a Vircom Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="65"/>
        <source>En unos pasos dejamos listo su taller. Puede omitir cualquier paso y completarlo después en Ajustes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="69"/>
        <source>Configurar mi taller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="71"/>
        <source>Cargar el taller de demostración (para conocer la aplicación)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>context</name>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="146"/>
        <source>Sin vencimiento</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="149"/>
        <source>Vencida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="151"/>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/approvals.py" line="152"/>
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
    <name>first_run</name>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="178"/>
        <source>La hora de cierre debe ser posterior a la de apertura.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="181"/>
        <source>La pausa de almuerzo debe quedar dentro del horario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/first_run/pages.py" line="185"/>
        <source>Revise las horas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="31"/>
        <source>Lunes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="32"/>
        <source>Martes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="33"/>
        <source>Miércoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="34"/>
        <source>Jueves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="35"/>
        <source>Viernes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="36"/>
        <source>Sábado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/base.py" line="37"/>
        <source>Domingo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="249"/>
        <source>Dueña/o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="250"/>
        <source>Recepción</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/settings/people_tabs.py" line="251"/>
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
        <location filename="../../vircom_desktop/ui/texts.py" line="18"/>
        <source>Queda muy poco tiempo para esa hora; elija una más adelante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="33"/>
        <source>Describa el problema a reparar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="34"/>
        <source>Indique el motivo.</source>
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
        <location filename="../../vircom_desktop/ui/texts.py" line="61"/>
        <source>Asistencia confirmada por el cliente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="73"/>
        <source>Pendiente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="74"/>
        <source>Confirmada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="75"/>
        <source>Realizada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="76"/>
        <source>Cancelada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="77"/>
        <source>Rechazada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="78"/>
        <source>Vencida</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="79"/>
        <source>No asistió</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="87"/>
        <source>El cliente tiene una visita en curso: complétela o cancélela antes de eliminar sus datos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="92"/>
        <source>El cliente tiene una visita pendiente: complétela o cancélela antes de eliminar sus datos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="97"/>
        <source>El cliente ya no existe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../vircom_desktop/ui/texts.py" line="99"/>
        <source>No se pudo atender la solicitud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
