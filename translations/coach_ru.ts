<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Coach guides stretches, massage, warmth and rest for leg cramps in pregnancy. It suggests no medicines or remedies of any kind: ask your midwife or GP about those. Coach works offline and keeps your data on this computer only.</source>
        <translation>Coach помогает при судорогах в ногах во время беременности: растяжка, массаж, тепло и отдых. Он не советует никаких лекарств и средств — о них спросите акушерку или врача. Coach работает без интернета, а ваши данные хранятся только на этом компьютере.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Each exercise cites these by id. The cue wording is Coach&apos;s own.</source>
        <translation>Каждое упражнение ссылается на них по коду. Формулировки подсказок — собственные, Coach.</translation>
    </message>
    <message>
        <source>About Coach and its sources</source>
        <translation>О Coach и его источниках</translation>
    </message>
    <message>
        <source>What Coach is and is not, and every source; arrow keys scroll</source>
        <translation>Что такое Coach и чем он не является, и все источники; листать — стрелками</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Закрыть окно (Esc)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong: %1.</source>
        <translation>Что-то пошло не так: %1.</translation>
    </message>
    <message>
        <source>Details were saved to %1.</source>
        <translation>Подробности сохранены в %1.</translation>
    </message>
    <message>
        <source>Coach&apos;s own routine files are damaged:

%1</source>
        <translation>Собственные файлы комплексов Coach повреждены:

%1</translation>
    </message>
    <message>
        <source>Time for %1</source>
        <translation>Пора: %1</translation>
    </message>
</context>
<context>
    <name>BuilderDialog</name>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <source>On Mondays</source>
        <translation>По понедельникам</translation>
    </message>
    <message>
        <source>On Tuesdays</source>
        <translation>По вторникам</translation>
    </message>
    <message>
        <source>On Wednesdays</source>
        <translation>По средам</translation>
    </message>
    <message>
        <source>On Thursdays</source>
        <translation>По четвергам</translation>
    </message>
    <message>
        <source>On Fridays</source>
        <translation>По пятницам</translation>
    </message>
    <message>
        <source>On Saturdays</source>
        <translation>По субботам</translation>
    </message>
    <message>
        <source>On Sundays</source>
        <translation>По воскресеньям</translation>
    </message>
    <message>
        <source>Both legs, one after the other</source>
        <translation>Обе ноги, по очереди</translation>
    </message>
    <message>
        <source>Left leg only</source>
        <translation>Только левая нога</translation>
    </message>
    <message>
        <source>Right leg only</source>
        <translation>Только правая нога</translation>
    </message>
    <message>
        <source>Both legs together</source>
        <translation>Обе ноги вместе</translation>
    </message>
    <message>
        <source>The cramping leg</source>
        <translation>Нога, которую свело</translation>
    </message>
    <message>
        <source>standing</source>
        <translation>стоя</translation>
    </message>
    <message>
        <source>seated</source>
        <translation>сидя</translation>
    </message>
    <message>
        <source>reclined</source>
        <translation>полулёжа</translation>
    </message>
    <message>
        <source>side-lying</source>
        <translation>лёжа на боку</translation>
    </message>
    <message>
        <source>lying on the back</source>
        <translation>лёжа на спине</translation>
    </message>
    <message>
        <source>lying face down</source>
        <translation>лёжа на животе</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>при ходьбе</translation>
    </message>
    <message>
        <source>Approve lying on the back after 20 weeks (max 2 min)</source>
        <translation>Разрешить лёжа на спине после 20 нед. (не более 2 мин)</translation>
    </message>
    <message>
        <source>Approve holds over 30 s (max 60 s)</source>
        <translation>Разрешить удержание дольше 30 с (не более 60 с)</translation>
    </message>
    <message>
        <source>required: please fill this in</source>
        <translation>обязательно: заполните, пожалуйста</translation>
    </message>
    <message>
        <source>use lowercase letters, digits and _ only, starting with a letter</source>
        <translation>только строчные латинские буквы, цифры и _, первой должна быть буква</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>Routine builder</source>
        <translation>Конструктор комплексов</translation>
    </message>
    <message>
        <source>e.g. Evening calf care</source>
        <translation>например, Вечерний уход за икрами</translation>
    </message>
    <message>
        <source>Routine title</source>
        <translation>Название комплекса</translation>
    </message>
    <message>
        <source>made from the title</source>
        <translation>создаётся из названия</translation>
    </message>
    <message>
        <source>Routine id</source>
        <translation>Код комплекса</translation>
    </message>
    <message>
        <source>Made from the title; lowercase letters, digits and underscores</source>
        <translation>Создаётся из названия; строчные латинские буквы, цифры и подчёркивания</translation>
    </message>
    <message>
        <source>One line the person sees under the title</source>
        <translation>Одна строка, которую пациентка видит под названием</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>I&amp;d</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Упражнения</translation>
    </message>
    <message>
        <source>Exercise catalogue</source>
        <translation>Каталог упражнений</translation>
    </message>
    <message>
        <source>Double-click or press Enter to add an exercise to the routine</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы добавить упражнение в комплекс</translation>
    </message>
    <message>
        <source>Add ▶</source>
        <translation>Добавить ▶</translation>
    </message>
    <message>
        <source>Add exercise to the routine</source>
        <translation>Добавить упражнение в комплекс</translation>
    </message>
    <message>
        <source>Routine steps</source>
        <translation>Шаги комплекса</translation>
    </message>
    <message>
        <source>Delete removes a step; Ctrl+Up and Ctrl+Down move it</source>
        <translation>Delete удаляет шаг; Ctrl+Вверх и Ctrl+Вниз перемещают его</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Переместить шаг выше</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Переместить шаг ниже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Удалить шаг</translation>
    </message>
    <message>
        <source>Select a step to change its dose</source>
        <translation>Выберите шаг, чтобы изменить нагрузку</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <translation>Удержание, секунд</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Повторения</translation>
    </message>
    <message>
        <source>Rest seconds between repetitions</source>
        <translation>Отдых между повторениями, секунд</translation>
    </message>
    <message>
        <source>Which legs</source>
        <translation>Какие ноги</translation>
    </message>
    <message>
        <source>Optional extra cue, said first</source>
        <translation>Дополнительная подсказка (необязательно), звучит первой</translation>
    </message>
    <message>
        <source>Extra cue</source>
        <translation>Дополнительная подсказка</translation>
    </message>
    <message>
        <source>Optional (the person may skip it)</source>
        <translation>Необязательный (можно пропустить)</translation>
    </message>
    <message>
        <source>Optional step</source>
        <translation>Необязательный шаг</translation>
    </message>
    <message>
        <source>&amp;Reps</source>
        <translation>&amp;Повторы</translation>
    </message>
    <message>
        <source>Re&amp;st</source>
        <translation>О&amp;тдых</translation>
    </message>
    <message>
        <source>Sid&amp;es</source>
        <translation>&amp;Стороны</translation>
    </message>
    <message>
        <source>&amp;Cue</source>
        <translation>П&amp;одсказка</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Prescriber (required)</source>
        <translation>Кто назначил (обязательно)</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Дата назначения</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Пересмотреть до</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> в день</translation>
    </message>
    <message>
        <source>Sessions per day</source>
        <translation>Занятий в день</translation>
    </message>
    <message>
        <source>&amp;At times</source>
        <translation>В &amp;часы</translation>
    </message>
    <message>
        <source>Sessions at set times</source>
        <translation>Занятия в заданное время</translation>
    </message>
    <message>
        <source>Untick when the person may choose their own times</source>
        <translation>Снимите флажок, если время пациентка выбирает сама</translation>
    </message>
    <message>
        <source>Time of session %1</source>
        <translation>Время занятия %1</translation>
    </message>
    <message>
        <source>Shown to the person with the routine</source>
        <translation>Показывается пациентке вместе с комплексом</translation>
    </message>
    <message>
        <source>Notes for the person</source>
        <translation>Заметки для пациентки</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>&amp;Prescriber</source>
        <translation>&amp;Специалист</translation>
    </message>
    <message>
        <source>C&amp;linic</source>
        <translation>&amp;Клиника</translation>
    </message>
    <message>
        <source>&amp;Issued</source>
        <translation>&amp;Выдан</translation>
    </message>
    <message>
        <source>Re&amp;view by</source>
        <translation>П&amp;ересмотр до</translation>
    </message>
    <message>
        <source>How &amp;often</source>
        <translation>&amp;Как часто</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>За&amp;метки</translation>
    </message>
    <message>
        <source>Approvals (lift a safety rule for this person)</source>
        <translation>Разрешения (снимают правило безопасности для этой пациентки)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Errors must be fixed before saving; press Enter on one to go to its step</source>
        <translation>Ошибки нужно исправить до сохранения; Enter на замечании переходит к его шагу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the builder</source>
        <translation>Закрыть конструктор</translation>
    </message>
    <message>
        <source>Save as bundle…</source>
        <translation>Сохранить пакет…</translation>
    </message>
    <message>
        <source>Save as bundle</source>
        <translation>Сохранить пакет</translation>
    </message>
    <message>
        <source>The name the person sees (Alt+T)</source>
        <translation>Название, которое видит пациентка (Alt+T)</translation>
    </message>
    <message>
        <source>One line under the title (Alt+U)</source>
        <translation>Одна строка под названием (Alt+U)</translation>
    </message>
    <message>
        <source>Add the highlighted exercise at the end (Enter)</source>
        <translation>Добавить выбранное упражнение в конец (Enter)</translation>
    </message>
    <message>
        <source>Move the selected step up (Ctrl+Up)</source>
        <translation>Переместить выбранный шаг выше (Ctrl+Вверх)</translation>
    </message>
    <message>
        <source>Move the selected step down (Ctrl+Down)</source>
        <translation>Переместить выбранный шаг ниже (Ctrl+Вниз)</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>Удалить выбранный шаг (Delete)</translation>
    </message>
    <message>
        <source>How long, in seconds (Alt+H or Alt+M)</source>
        <translation>Сколько длится, в секундах (Alt+H или Alt+M)</translation>
    </message>
    <message>
        <source>How many times (Alt+R)</source>
        <translation>Сколько раз (Alt+R)</translation>
    </message>
    <message>
        <source>Rest between repetitions, in seconds (Alt+S)</source>
        <translation>Отдых между повторениями, в секундах (Alt+S)</translation>
    </message>
    <message>
        <source>Which legs, and in what order (Alt+E)</source>
        <translation>Какие ноги и в каком порядке (Alt+E)</translation>
    </message>
    <message>
        <source>Said before the exercise&apos;s own cues (Alt+C)</source>
        <translation>Звучит перед подсказками самого упражнения (Alt+C)</translation>
    </message>
    <message>
        <source>The person may skip this step</source>
        <translation>Этот шаг можно пропустить</translation>
    </message>
    <message>
        <source>Who prescribes this routine (Alt+P)</source>
        <translation>Кто назначает комплекс (Alt+P)</translation>
    </message>
    <message>
        <source>Where they work (Alt+L)</source>
        <translation>Где работает специалист (Alt+L)</translation>
    </message>
    <message>
        <source>The day the routine is given (Alt+I)</source>
        <translation>День, когда выдан комплекс (Alt+I)</translation>
    </message>
    <message>
        <source>Coach asks for a review after this day (Alt+V)</source>
        <translation>После этого дня Coach попросит пересмотреть комплекс (Alt+V)</translation>
    </message>
    <message>
        <source>Sessions a day (Alt+O)</source>
        <translation>Занятий в день (Alt+O)</translation>
    </message>
    <message>
        <source>Shown to the person with the routine (Alt+N)</source>
        <translation>Показывается пациентке вместе с комплексом (Alt+N)</translation>
    </message>
    <message>
        <source>Close the builder (Esc)</source>
        <translation>Закрыть конструктор (Esc)</translation>
    </message>
    <message>
        <source>Save a bundle to hand over; only without errors</source>
        <translation>Сохранить пакет для передачи; только без ошибок</translation>
    </message>
    <message>
        <source>Sessions on this day</source>
        <translation>Занятия в этот день</translation>
    </message>
    <message>
        <source>Time of this session</source>
        <translation>Время этого занятия</translation>
    </message>
    <message>
        <source>Lifts this safety rule for this person</source>
        <translation>Снимает это правило безопасности для этой пациентки</translation>
    </message>
    <message>
        <source>Routine status</source>
        <translation>Состояние комплекса</translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation>Плановая длительность</translation>
    </message>
    <message>
        <source>%1. Red-flag check (always first)</source>
        <translation>%1. Проверка тревожных признаков (всегда первая)</translation>
    </message>
    <message>
        <source>%1. Red-flag check</source>
        <translation>%1. Проверка тревожных признаков</translation>
    </message>
    <message>
        <source>%1. %2 (not in the catalogue)</source>
        <translation>%1. %2 (нет в каталоге)</translation>
    </message>
    <message>
        <source> · optional</source>
        <translation> · необязательно</translation>
    </message>
    <message>
        <source>Every session starts by asking about warning signs</source>
        <translation>Каждое занятие начинается с вопроса о тревожных признаках</translation>
    </message>
    <message>
        <source>Red-flag check: asks about warning signs before any exercise. It always comes first and has no dose.</source>
        <translation>Проверка тревожных признаков: вопрос о тревожных признаках перед любыми упражнениями. Она всегда идёт первой, нагрузки у неё нет.</translation>
    </message>
    <message>
        <source>“%1” is not in the catalogue</source>
        <translation>«%1» нет в каталоге</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Шаг %1: %2</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Удержание</translation>
    </message>
    <message>
        <source>&amp;Movement</source>
        <translation>&amp;Движение</translation>
    </message>
    <message>
        <source>Movement seconds</source>
        <translation>Движение, секунд</translation>
    </message>
    <message>
        <source>the review date is before the issue date</source>
        <translation>дата пересмотра раньше даты назначения</translation>
    </message>
    <message>
        <source>this routine has its own exercises; the bundle holds routine.yaml only, so add their pictures next to it before sharing</source>
        <translation>в этом комплексе есть собственные упражнения; в пакет попадает только routine.yaml, поэтому перед отправкой положите рядом их рисунки</translation>
    </message>
    <message>
        <source>About %1 min</source>
        <translation>Около %1 мин</translation>
    </message>
    <message>
        <source>Length not known yet</source>
        <translation>Длительность пока неизвестна</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) to fix before saving</source>
        <translation>
            <numerusform>%n ошибку нужно исправить до сохранения</numerusform>
            <numerusform>%n ошибки нужно исправить до сохранения</numerusform>
            <numerusform>%n ошибок нужно исправить до сохранения</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n предупреждение</numerusform>
            <numerusform>, %n предупреждения</numerusform>
            <numerusform>, %n предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to save; %n warning(s) to read</source>
        <translation>
            <numerusform>Можно сохранять; прочтите %n предупреждение</numerusform>
            <numerusform>Можно сохранять; прочтите %n предупреждения</numerusform>
            <numerusform>Можно сохранять; прочтите %n предупреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: ready to save</source>
        <translation>Замечаний нет: можно сохранять</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Save routine bundle</source>
        <translation>Сохранить пакет комплекса</translation>
    </message>
    <message>
        <source>Coach routine (*.zip)</source>
        <translation>Комплекс Coach (*.zip)</translation>
    </message>
    <message>
        <source>The bundle was not saved:
%1</source>
        <translation>Пакет не сохранён:
%1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <source>hold %1 s</source>
        <translation>удержание %1 с</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>each leg</source>
        <translation>каждая нога</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>левая нога</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>правая нога</translation>
    </message>
    <message>
        <source>both together</source>
        <translation>обе вместе</translation>
    </message>
    <message>
        <source>cramping leg</source>
        <translation>нога, которую свело</translation>
    </message>
</context>
<context>
    <name>ClinicDesk</name>
    <message>
        <source>from %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <source>%1 of %2 this week</source>
        <translation>%1 из %2 на этой неделе</translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n занятие пропущено</numerusform>
            <numerusform>%n занятия пропущено</numerusform>
            <numerusform>%n занятий пропущено</numerusform>
        </translation>
    </message>
    <message>
        <source>please ask %1 to review this routine</source>
        <translation>попросите %1 пересмотреть этот комплекс</translation>
    </message>
    <message>
        <source>This routine can&apos;t be played at your stage of pregnancy:

%1

Please ask the person who gave it to you to review it.</source>
        <translation>Этот комплекс нельзя выполнять на вашем сроке беременности:

%1

Попросите специалиста, который его дал, пересмотреть его.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Загрузить комплекс</translation>
    </message>
    <message>
        <source>Coach routines (*.yaml *.yml *.zip)</source>
        <translation>Комплексы Coach (*.yaml *.yml *.zip)</translation>
    </message>
    <message>
        <source>Importing is not available here.</source>
        <translation>Загрузка комплексов здесь недоступна.</translation>
    </message>
    <message>
        <source>“%1” was not imported.

%2</source>
        <translation>Файл «%1» не загружен.

%2</translation>
    </message>
    <message>
        <source>Updated “%1” from %2.</source>
        <translation>Комплекс «%1» от %2 обновлён.</translation>
    </message>
    <message>
        <source>Updated “%1”.</source>
        <translation>Комплекс «%1» обновлён.</translation>
    </message>
    <message>
        <source>Imported “%1” from %2.</source>
        <translation>Комплекс «%1» от %2 загружен.</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Комплекс «%1» загружен.</translation>
    </message>
    <message>
        <source>Please note:
%1</source>
        <translation>Обратите внимание:
%1</translation>
    </message>
    <message>
        <source>Your diary can&apos;t be opened, so there is nothing to report.</source>
        <translation>Дневник не открывается, поэтому отчёт составить не из чего.</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Countdown</source>
        <translation>Обратный отсчёт</translation>
    </message>
    <message>
        <source>Seconds left in this step</source>
        <translation>Сколько секунд осталось в этом шаге</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>Your diary can&apos;t be saved: %1.</source>
        <translation>Дневник не удаётся сохранить: %1.</translation>
    </message>
    <message>
        <source>Your diary can&apos;t be opened (%1). Routines work as usual, but nothing is recorded.</source>
        <translation>Дневник не открывается (%1). Комплексы работают как обычно, но ничего не записывается.</translation>
    </message>
    <message>
        <source>Your diary file was damaged. It was kept as %1.</source>
        <translation>Файл дневника был повреждён. Он сохранён как %1.</translation>
    </message>
    <message>
        <source>It was restored from the backup of %1.</source>
        <translation>Дневник восстановлен из резервной копии от %1.</translation>
    </message>
    <message>
        <source>A new, empty diary was started.</source>
        <translation>Начат новый, пустой дневник.</translation>
    </message>
    <message>
        <source>Your diary can&apos;t be opened (%1).</source>
        <translation>Дневник не открывается (%1).</translation>
    </message>
    <message>
        <source>Could not save to your diary: %1.</source>
        <translation>Не удалось записать в дневник: %1.</translation>
    </message>
</context>
<context>
    <name>DiaryDialog</name>
    <message>
        <source>Add to your diary</source>
        <translation>Запись в дневник</translation>
    </message>
    <message>
        <source>Had cramps without using Coach? Note them here for your midwife.</source>
        <translation>Были судороги, а Coach вы не открывали? Запишите их здесь для акушерки.</translation>
    </message>
    <message>
        <source>Last night</source>
        <translation>Этой ночью</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Another day</source>
        <translation>В другой день</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Last night, today, or another day</source>
        <translation>Этой ночью, сегодня или в другой день</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>The day of the cramps, for another day</source>
        <translation>День, когда были судороги (для «В другой день»)</translation>
    </message>
    <message>
        <source>How many cramps</source>
        <translation>Сколько судорог</translation>
    </message>
    <message>
        <source>From 1 to 20; arrow keys change it</source>
        <translation>От 1 до 20; меняется стрелками</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Which leg or foot</source>
        <translation>Какая нога или стопа</translation>
    </message>
    <message>
        <source>Optional: anything your midwife should know</source>
        <translation>Необязательно: всё, что стоит знать акушерке</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Add this to your diary (Enter)</source>
        <translation>Добавить в дневник (Enter)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Закрыть без сохранения (Esc)</translation>
    </message>
</context>
<context>
    <name>DiaryKeeper</name>
    <message>
        <source>Today&apos;s diary backup could not be made: %1.</source>
        <translation>Сегодняшнюю резервную копию дневника сделать не удалось: %1.</translation>
    </message>
    <message>
        <source>A backup could not be deleted: %1.</source>
        <translation>Не удалось удалить резервную копию: %1.</translation>
    </message>
    <message>
        <source>The export could not be written: %1.</source>
        <translation>Не удалось записать выгрузку: %1.</translation>
    </message>
</context>
<context>
    <name>FinishScreen</name>
    <message>
        <source>Routine ended</source>
        <translation>Комплекс завершён</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>Your contacts</source>
        <translation>Ваши контакты</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>На главный экран</translation>
    </message>
    <message>
        <source>Return to the home screen (Enter)</source>
        <translation>Вернуться на главный экран (Enter)</translation>
    </message>
    <message>
        <source>Return to the home screen (Enter or Esc)</source>
        <translation>Вернуться на главный экран (Enter или Esc)</translation>
    </message>
    <message>
        <source>Did it help?</source>
        <translation>Стало легче?</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Лучше</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>Так же</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Хуже</translation>
    </message>
    <message>
        <source>Did it help: %1</source>
        <translation>Стало легче: %1</translation>
    </message>
    <message>
        <source>Saved with this session in your diary</source>
        <translation>Сохраняется в дневнике вместе с этим занятием</translation>
    </message>
    <message>
        <source>Note how bad it was (0 none, 10 worst)</source>
        <translation>Отметить, насколько было сильно (0 — нет, 10 — очень сильно)</translation>
    </message>
    <message>
        <source>How bad it was, 0 to 10</source>
        <translation>Насколько было сильно, от 0 до 10</translation>
    </message>
    <message>
        <source>Arrow keys change it; tick the box before to use it</source>
        <translation>Меняется стрелками; сначала поставьте флажок</translation>
    </message>
    <message>
        <source>Tick to save how bad the cramp was (Space)</source>
        <translation>Поставьте флажок, чтобы сохранить силу судороги (Пробел)</translation>
    </message>
    <message>
        <source>Optional note for your midwife</source>
        <translation>Заметка для акушерки (необязательно)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Save to diary</source>
        <translation>Сохранить в дневник</translation>
    </message>
    <message>
        <source>Save how bad it was and the note with this cramp</source>
        <translation>Сохранить силу судороги и заметку к ней</translation>
    </message>
    <message>
        <source>Saved in your diary.</source>
        <translation>Сохранено в дневнике.</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Отлично</translation>
    </message>
    <message>
        <source>%1 is complete.</source>
        <translation>«%1» — выполнено.</translation>
    </message>
    <message>
        <source>Let&apos;s not exercise now</source>
        <translation>Сейчас лучше не заниматься</translation>
    </message>
    <message>
        <source>You said one of the warning signs is happening.</source>
        <translation>Вы отметили, что есть один из тревожных признаков.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Остановлено</translation>
    </message>
    <message>
        <source>You said: %1.</source>
        <translation>Вы отметили: %1.</translation>
    </message>
    <message>
        <source>That&apos;s fine. Rest, and come back when you are ready.</source>
        <translation>Ничего страшного. Отдохните и возвращайтесь, когда будете готовы.</translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>Nothing here yet.

Each bedtime or daytime routine you do, each cramp you ease with Cramp relief, and each diary entry will appear here by day, with weekly charts of cramps beside bedtime sessions, so you and your midwife can see whether stretching helps.</source>
        <translation>Здесь пока пусто.

Каждый выполненный вечерний или дневной комплекс, каждая судорога, снятая с помощью «Снять судорогу», и каждая запись в дневнике появятся здесь по дням, а недельные графики покажут судороги рядом с вечерними занятиями — так вы и акушерка увидите, помогает ли растяжка.</translation>
    </message>
    <message>
        <source>felt better</source>
        <translation>полегчало</translation>
    </message>
    <message>
        <source>felt the same</source>
        <translation>без перемен</translation>
    </message>
    <message>
        <source>felt worse</source>
        <translation>стало хуже</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>stopped (%1)</source>
        <translation>остановлено (%1)</translation>
    </message>
    <message>
        <source>eased after %1</source>
        <translation>прошла за %1</translation>
    </message>
    <message>
        <source>not marked as eased</source>
        <translation>облегчение не отмечено</translation>
    </message>
    <message>
        <source>Cramp, %1</source>
        <translation>Судорога, %1</translation>
    </message>
    <message>
        <source>Cramp</source>
        <translation>Судорога</translation>
    </message>
    <message numerus="yes">
        <source>%n cramp(s)</source>
        <translation>
            <numerusform>%n судорога</numerusform>
            <numerusform>%n судороги</numerusform>
            <numerusform>%n судорог</numerusform>
        </translation>
    </message>
    <message>
        <source>Diary: %1</source>
        <translation>Дневник: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>◀  Home</source>
        <translation>◀  Главная</translation>
    </message>
    <message>
        <source>Add diary entry</source>
        <translation>Запись в дневник</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Выгрузить CSV…</translation>
    </message>
    <message>
        <source>Delete all data…</source>
        <translation>Удалить все данные…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Back to the home screen (Esc)</source>
        <translation>Назад на главный экран (Esc)</translation>
    </message>
    <message>
        <source>Note cramps you had without using Coach</source>
        <translation>Записать судороги, которые были без Coach</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Выгрузить CSV</translation>
    </message>
    <message>
        <source>Save sessions, cramps and diary as CSV files</source>
        <translation>Сохранить занятия, судороги и дневник в файлы CSV</translation>
    </message>
    <message>
        <source>Delete all data</source>
        <translation>Удалить все данные</translation>
    </message>
    <message>
        <source>Delete every record in your diary</source>
        <translation>Удалить все записи дневника</translation>
    </message>
    <message>
        <source>Records by day</source>
        <translation>Записи по дням</translation>
    </message>
    <message>
        <source>Each day, newest first, with its sessions, cramps and diary entries</source>
        <translation>Дни, начиная с последнего, с занятиями, судорогами и записями дневника</translation>
    </message>
    <message>
        <source>Cramps and bedtime sessions per week</source>
        <translation>Судороги и вечерние занятия по неделям</translation>
    </message>
    <message>
        <source>Average time until a cramp eased, per week</source>
        <translation>Среднее время, пока судорога отпускала, по неделям</translation>
    </message>
    <message>
        <source>No records yet</source>
        <translation>Записей пока нет</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format on the charts</comment>
        <translation>dd.MM</translation>
    </message>
    <message>
        <source>week of {0}: {1} cramps, {2} bedtime sessions</source>
        <translation>неделя с {0}: судорог — {1}, вечерних занятий — {2}</translation>
    </message>
    <message>
        <source>week of {0}: {1} min</source>
        <translation>неделя с {0}: {1} мин</translation>
    </message>
    <message>
        <source>No weeks yet</source>
        <translation>Недель пока нет</translation>
    </message>
    <message>
        <source>No timed cramps yet</source>
        <translation>Судорог с замеренным временем пока нет</translation>
    </message>
    <message>
        <source>Cramps and bedtime sessions, per week</source>
        <translation>Судороги и вечерние занятия по неделям</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Судороги</translation>
    </message>
    <message>
        <source>Bedtime sessions</source>
        <translation>Вечерние занятия</translation>
    </message>
    <message>
        <source>count</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>Average time until the cramp eased (minutes)</source>
        <translation>Среднее время до облегчения (мин)</translation>
    </message>
    <message>
        <source>Minutes until easing</source>
        <translation>Минут до облегчения</translation>
    </message>
    <message>
        <source>Weeks with a timed cramp</source>
        <translation>Недели с замеренной судорогой</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минуты</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>up to %1 min</source>
        <translation>до %1 мин</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <source>Switch between automatic, day, night and high-contrast themes (T)</source>
        <translation>Переключить оформление: авто, дневное, ночное, контрастное (T)</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Звук</translation>
    </message>
    <message>
        <source>Chimes on or off (M)</source>
        <translation>Включить или выключить сигналы (M)</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>О вас</translation>
    </message>
    <message>
        <source>Your week, what applies to you, your contacts, voice (P)</source>
        <translation>Ваш срок, что к вам относится, контакты, голос (P)</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>About Coach and its sources</source>
        <translation>О Coach и его источниках</translation>
    </message>
    <message>
        <source>What Coach is, and the sources behind every exercise</source>
        <translation>Что такое Coach и на чём основано каждое упражнение</translation>
    </message>
    <message>
        <source>For clinicians</source>
        <translation>Для специалистов</translation>
    </message>
    <message>
        <source>Import a routine, build one, or make a report</source>
        <translation>Загрузить или составить комплекс, сделать отчёт</translation>
    </message>
    <message>
        <source>Import routine…</source>
        <translation>Загрузить комплекс…</translation>
    </message>
    <message>
        <source>Routine builder…</source>
        <translation>Конструктор комплексов…</translation>
    </message>
    <message>
        <source>Report for your midwife…</source>
        <translation>Отчёт для акушерки…</translation>
    </message>
    <message>
        <source>A menu: import a routine, build one, or make a report (Enter or Space)</source>
        <translation>Меню: загрузить или составить комплекс, сделать отчёт (Enter или Пробел)</translation>
    </message>
    <message>
        <source>Cramp relief</source>
        <translation>Снять судорогу</translation>
    </message>
    <message>
        <source>Start the cramp relief walk-through straight away (R)</source>
        <translation>Сразу начать пошаговую помощь при судороге (R)</translation>
    </message>
    <message>
        <source>Start relief now (R)</source>
        <translation>Начать помощь сейчас (R)</translation>
    </message>
    <message>
        <source>Starts straight away: stretch, massage, warmth, walk, rest.</source>
        <translation>Начинается сразу: растяжка, массаж, тепло, ходьба, отдых.</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Все комплексы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Your sessions, cramps and weekly charts (H)</source>
        <translation>Ваши занятия, судороги и недельные графики (H)</translation>
    </message>
    <message>
        <source>Note a cramp</source>
        <translation>Записать судорогу</translation>
    </message>
    <message>
        <source>Add a diary entry without running anything (N)</source>
        <translation>Запись в дневник без запуска комплекса (N)</translation>
    </message>
    <message>
        <source>Add cramps you had to your diary (N)</source>
        <translation>Записать прошедшие судороги в дневник (N)</translation>
    </message>
    <message>
        <source>Press Enter to start the selected routine</source>
        <translation>Нажмите Enter, чтобы начать выбранный комплекс</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Начать сейчас</translation>
    </message>
    <message>
        <source>Start the reminded routine now</source>
        <translation>Начать этот комплекс сейчас</translation>
    </message>
    <message>
        <source>In 10 minutes</source>
        <translation>Через 10 минут</translation>
    </message>
    <message>
        <source>Remind me again in 10 minutes</source>
        <translation>Напомнить ещё раз через 10 минут</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Не сегодня</translation>
    </message>
    <message>
        <source>No reminder for this routine today</source>
        <translation>Сегодня больше не напоминать об этом комплексе</translation>
    </message>
    <message>
        <source>Shortcut: %1</source>
        <translation>Клавиша: %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Начать: %1</translation>
    </message>
    <message>
        <source>Press Enter to start it</source>
        <translation>Нажмите Enter, чтобы начать</translation>
    </message>
    <message>
        <source>Start %1, %2</source>
        <translation>Начать: %1, %2</translation>
    </message>
    <message>
        <source>◐  Auto</source>
        <translation>◐  Авто</translation>
    </message>
    <message>
        <source>☀  Day</source>
        <translation>☀  День</translation>
    </message>
    <message>
        <source>☾  Night</source>
        <translation>☾  Ночь</translation>
    </message>
    <message>
        <source>◑  High contrast</source>
        <translation>◑  Контраст</translation>
    </message>
    <message>
        <source>Theme: {0}</source>
        <translation>Оформление: {0}</translation>
    </message>
    <message>
        <source>♪  Sound on</source>
        <translation>♪  Звук вкл.</translation>
    </message>
    <message>
        <source>♪  Sound off</source>
        <translation>♪  Звук выкл.</translation>
    </message>
    <message>
        <source>Chimes are on</source>
        <translation>Сигналы включены</translation>
    </message>
    <message>
        <source>Chimes are off</source>
        <translation>Сигналы выключены</translation>
    </message>
</context>
<context>
    <name>IllustrationView</name>
    <message>
        <source>Exercise picture</source>
        <translation>Рисунок упражнения</translation>
    </message>
    <message>
        <source>A picture of the exercise</source>
        <translation>Рисунок, как выполнять упражнение</translation>
    </message>
    <message>
        <source>Picture: %1</source>
        <translation>Рисунок: %1</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <translation>Как на компьютере</translation>
    </message>
    <message>
        <source>The language Coach speaks and shows</source>
        <translation>Язык, на котором Coach говорит и пишет</translation>
    </message>
    <message>
        <source>Takes effect when Coach restarts.</source>
        <translation>Вступит в силу после перезапуска Coach.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Profile not saved: %1</source>
        <translation>Сведения о вас не сохранены: %1</translation>
    </message>
    <message>
        <source>There is no routine called “%1”.</source>
        <translation>Комплекса «%1» нет.</translation>
    </message>
    <message>
        <source>Time for %1</source>
        <translation>Пора: %1</translation>
    </message>
    <message>
        <source>This routine file can&apos;t be used:

%1</source>
        <translation>Этот файл комплекса использовать нельзя:

%1</translation>
    </message>
    <message>
        <source>Paused while the computer was asleep. Press Space to carry on.</source>
        <translation>Пауза: компьютер был в спящем режиме. Нажмите Пробел, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Your diary can&apos;t be opened right now, so nothing is shown.</source>
        <translation>Дневник сейчас не открывается, поэтому показать нечего.</translation>
    </message>
    <message>
        <source>Export your diary as CSV to…</source>
        <translation>Выгрузить дневник в CSV в папку…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n CSV file(s) in %1</source>
        <translation>
            <numerusform>%n файл CSV сохранён в %1</numerusform>
            <numerusform>%n файла CSV сохранены в %1</numerusform>
            <numerusform>%n файлов CSV сохранено в %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete all data?</source>
        <translation>Удалить все данные?</translation>
    </message>
    <message>
        <source>This deletes every session, cramp and diary entry from this computer. Daily backups are deleted too. This cannot be undone.</source>
        <translation>Будут удалены все занятия, судороги и записи дневника на этом компьютере, а также ежедневные резервные копии. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Удалить всё</translation>
    </message>
    <message>
        <source>No sound: %1</source>
        <translation>Нет звука: %1</translation>
    </message>
    <message>
        <source>Sound is muted</source>
        <translation>Звук выключен</translation>
    </message>
    <message>
        <source>Text size {0} %</source>
        <translation>Размер текста {0} %</translation>
    </message>
    <message>
        <source>Settings not saved: %1</source>
        <translation>Настройки не сохранены: %1</translation>
    </message>
</context>
<context>
    <name>Modifications</name>
    <message>
        <source>Unsteady on your feet</source>
        <translation>Неустойчивость на ногах</translation>
    </message>
    <message>
        <source>Swollen legs</source>
        <translation>Отёки ног</translation>
    </message>
    <message>
        <source>Varicose veins</source>
        <translation>Варикозные вены</translation>
    </message>
    <message>
        <source>Not lying on your back</source>
        <translation>Нельзя лежать на спине</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Неделя %1</translation>
    </message>
    <message>
        <source>Trimester %1</source>
        <translation>Триместр %1</translation>
    </message>
    <message>
        <source>%1 instead</source>
        <translation>вместо этого: %1</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>Left calf</source>
        <translation>Левая икра</translation>
    </message>
    <message>
        <source>Right calf</source>
        <translation>Правая икра</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Левая стопа</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Правая стопа</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Левая нога</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Правая нога</translation>
    </message>
    <message>
        <source>Left ankle</source>
        <translation>Левая лодыжка</translation>
    </message>
    <message>
        <source>Right ankle</source>
        <translation>Правая лодыжка</translation>
    </message>
    <message>
        <source>Left thigh</source>
        <translation>Левое бедро</translation>
    </message>
    <message>
        <source>Right thigh</source>
        <translation>Правое бедро</translation>
    </message>
    <message>
        <source>Cramping calf</source>
        <translation>Икра, которую свело</translation>
    </message>
    <message>
        <source>Cramping foot</source>
        <translation>Стопа, которую свело</translation>
    </message>
    <message>
        <source>Cramping leg</source>
        <translation>Нога, которую свело</translation>
    </message>
    <message>
        <source>Cramping ankle</source>
        <translation>Лодыжка, которую свело</translation>
    </message>
    <message>
        <source>Cramping thigh</source>
        <translation>Бедро, которое свело</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Обе ноги</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Не знаю</translation>
    </message>
</context>
<context>
    <name>PlayerScreen</name>
    <message>
        <source>Safety check</source>
        <translation>Проверка безопасности</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Приготовьтесь</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Держите</translation>
    </message>
    <message>
        <source>Keep moving</source>
        <translation>Продолжайте</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Отдых</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Смена стороны</translation>
    </message>
    <message>
        <source>Is it easing?</source>
        <translation>Отпускает?</translation>
    </message>
    <message>
        <source>Routine player</source>
        <translation>Выполнение комплекса</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Без звука</translation>
    </message>
    <message>
        <source>Sound is off</source>
        <translation>Звук выключен</translation>
    </message>
    <message>
        <source>The routine goes on silently</source>
        <translation>Комплекс продолжается без звука</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop the routine now (Esc)</source>
        <translation>Остановить комплекс сейчас (Esc)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Совет</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Указание</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Тревожные признаки</translation>
    </message>
    <message>
        <source>Why this helps</source>
        <translation>Почему это помогает</translation>
    </message>
    <message>
        <source>Show why this exercise helps, and its sources</source>
        <translation>Показать, почему помогает это упражнение, и источники</translation>
    </message>
    <message>
        <source>Which leg?</source>
        <translation>Какая нога?</translation>
    </message>
    <message>
        <source>The cramp is in the %1</source>
        <translation>Где судорога: %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Skip the leg question</source>
        <translation>Пропустить вопрос о ноге</translation>
    </message>
    <message>
        <source>Don&apos;t say which leg</source>
        <translation>Не указывать ногу</translation>
    </message>
    <message>
        <source>Yes, one of these</source>
        <translation>Да, что-то из этого</translation>
    </message>
    <message>
        <source>Stop and see what to do</source>
        <translation>Остановиться и узнать, что делать</translation>
    </message>
    <message>
        <source>None of these — start</source>
        <translation>Ничего из этого — начать</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Ничего из этого</translation>
    </message>
    <message>
        <source>Start the routine</source>
        <translation>Начать комплекс</translation>
    </message>
    <message>
        <source>It&apos;s easing</source>
        <translation>Отпускает</translation>
    </message>
    <message>
        <source>The cramp is easing: go on to the next step</source>
        <translation>Судорога отпускает: перейти к следующему шагу</translation>
    </message>
    <message>
        <source>Still cramping</source>
        <translation>Ещё сводит</translation>
    </message>
    <message>
        <source>Stretch again now</source>
        <translation>Растянуть ещё раз сейчас</translation>
    </message>
    <message>
        <source>◀  Back</source>
        <translation>◀  Назад</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Restart this exercise (Left arrow)</source>
        <translation>Начать это упражнение заново (стрелка влево)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Пауза или продолжить (Пробел)</translation>
    </message>
    <message>
        <source>Skip  ▶</source>
        <translation>Дальше  ▶</translation>
    </message>
    <message>
        <source>Go to the next exercise (Right arrow)</source>
        <translation>К следующему упражнению (стрелка вправо)</translation>
    </message>
    <message>
        <source>Sound is off; the routine goes on silently.</source>
        <translation>Звук выключен; комплекс продолжается без звука.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>%1 since you started</source>
        <translation>%1 с начала</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Далее: завершение</translation>
    </message>
    <message>
        <source>⚠  Urgent: </source>
        <translation>⚠  Срочно: </translation>
    </message>
    <message>
        <source>Advice: </source>
        <translation>Совет: </translation>
    </message>
    <message>
        <source>  ·  optional</source>
        <translation>  ·  необязательно</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message>
        <source>Optional: press Skip to leave this out.</source>
        <translation>Необязательно: нажмите «Дальше», чтобы пропустить.</translation>
    </message>
    <message>
        <source>answer to start</source>
        <translation>ответьте, чтобы начать</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>пауза</translation>
    </message>
    <message>
        <source>stretch again in</source>
        <translation>до новой растяжки</translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>секунда</numerusform>
            <numerusform>секунды</numerusform>
            <numerusform>секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>left</source>
        <translation>осталось</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Could not read your profile (%1).</source>
        <translation>Не удалось прочитать сведения о вас (%1).</translation>
    </message>
    <message>
        <source>Your profile could not be read; it was kept as %1.</source>
        <translation>Сведения о вас не читаются; файл сохранён как %1.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>I feel unsteady on my feet</source>
        <translation>Я неуверенно стою на ногах</translation>
    </message>
    <message>
        <source>My legs or ankles are swollen</source>
        <translation>У меня отекают ноги или лодыжки</translation>
    </message>
    <message>
        <source>I have varicose veins</source>
        <translation>У меня варикозные вены</translation>
    </message>
    <message>
        <source>My clinician told me to avoid lying on my back</source>
        <translation>Врач сказал(а) мне не лежать на спине</translation>
    </message>
    <message>
        <source>Welcome to Coach</source>
        <translation>Добро пожаловать в Coach</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>О вас</translation>
    </message>
    <message>
        <source>A few answers let Coach choose safe versions of each exercise for your stage of pregnancy. Everything is optional and stays on this computer.</source>
        <translation>По нескольким ответам Coach подберёт безопасные варианты каждого упражнения для вашего срока беременности. Отвечать необязательно, и всё остаётся на этом компьютере.</translation>
    </message>
    <message>
        <source>I know my due date</source>
        <translation>Я знаю дату родов</translation>
    </message>
    <message>
        <source>I know how many weeks I am</source>
        <translation>Я знаю свой срок в неделях</translation>
    </message>
    <message>
        <source>Skip this</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Coach works out your week from the due date</source>
        <translation>Coach вычислит срок по дате родов</translation>
    </message>
    <message>
        <source>Type the week; Coach counts on from today</source>
        <translation>Введите неделю; дальше Coach считает сам</translation>
    </message>
    <message>
        <source>Coach uses the standard version of each exercise</source>
        <translation>Coach использует обычный вариант каждого упражнения</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Дата родов</translation>
    </message>
    <message>
        <source>Arrow keys change the day, month or year</source>
        <translation>Стрелки меняют день, месяц или год</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> нед.</translation>
    </message>
    <message>
        <source>Weeks pregnant</source>
        <translation>Срок беременности в неделях</translation>
    </message>
    <message>
        <source>Arrow keys change it</source>
        <translation>Меняется стрелками</translation>
    </message>
    <message>
        <source>Your pregnancy</source>
        <translation>Ваша беременность</translation>
    </message>
    <message>
        <source>Does any of this apply to you?</source>
        <translation>Что-то из этого относится к вам?</translation>
    </message>
    <message>
        <source>Coach picks safer versions if ticked</source>
        <translation>Если отмечено, Coach выберет более безопасные варианты</translation>
    </message>
    <message>
        <source>Your contacts (shown when something needs a call)</source>
        <translation>Ваши контакты (показываются, когда нужно позвонить)</translation>
    </message>
    <message>
        <source>Midwife or maternity unit</source>
        <translation>Акушерка или роддом</translation>
    </message>
    <message>
        <source>Their phone number</source>
        <translation>Их телефон</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Номер экстренной помощи</translation>
    </message>
    <message>
        <source>Shown when something needs a call</source>
        <translation>Показывается, когда нужно позвонить</translation>
    </message>
    <message>
        <source>e.g. your local emergency number</source>
        <translation>например, ваш местный номер</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Голос</translation>
    </message>
    <message>
        <source>Read the cues aloud</source>
        <translation>Читать подсказки вслух</translation>
    </message>
    <message>
        <source>Speaking speed</source>
        <translation>Скорость речи</translation>
    </message>
    <message>
        <source>Left is slower, right is faster</source>
        <translation>Влево — медленнее, вправо — быстрее</translation>
    </message>
    <message>
        <source>Coach reads each cue aloud</source>
        <translation>Coach читает каждую подсказку вслух</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Медленнее</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Быстрее</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Пока пропустить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save your answers (Enter)</source>
        <translation>Сохранить ответы (Enter)</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Закрыть без сохранения (Esc)</translation>
    </message>
    <message>
        <source>Coach will use the standard version of each exercise.</source>
        <translation>Coach будет использовать обычный вариант каждого упражнения.</translation>
    </message>
    <message>
        <source>Week %1, trimester %2.</source>
        <translation>Неделя %1, триместр %2.</translation>
    </message>
</context>
<context>
    <name>RedFlags</name>
    <message>
        <source>One calf or leg swollen, red, hot or tender</source>
        <translation>Одна икра или нога отекла, покраснела, горячая или болит при касании</translation>
    </message>
    <message>
        <source>Sudden breathlessness, chest pain, or coughing blood</source>
        <translation>Внезапная одышка, боль в груди или кашель с кровью</translation>
    </message>
    <message>
        <source>Bleeding, fluid leaking, or regular painful contractions</source>
        <translation>Кровотечение, подтекание вод или регулярные болезненные схватки</translation>
    </message>
    <message>
        <source>Severe headache, blurred vision, or sudden swelling of face or hands</source>
        <translation>Сильная головная боль, пелена перед глазами или внезапный отёк лица или рук</translation>
    </message>
    <message>
        <source>Dizziness or feeling faint</source>
        <translation>Головокружение или предобморочное состояние</translation>
    </message>
    <message>
        <source>Your baby moving less than usual</source>
        <translation>Малыш шевелится меньше обычного</translation>
    </message>
    <message>
        <source>Please don&apos;t exercise now. Call your midwife or maternity unit today. Sudden breathlessness, chest pain, coughing blood or collapse: call your emergency number now.</source>
        <translation>Пожалуйста, не занимайтесь сейчас. Позвоните акушерке или в роддом сегодня. При внезапной одышке, боли в груди, кашле с кровью или обмороке сразу звоните в экстренную помощь.</translation>
    </message>
    <message>
        <source>Calf swollen, red or hot? Stop and get help.</source>
        <translation>Икра отекла, покраснела или горячая? Остановитесь и обратитесь за помощью.</translation>
    </message>
    <message>
        <source>Coach does not diagnose. A hot, red or swollen calf is not a cramp: stop and get help.</source>
        <translation>Coach не ставит диагнозов. Горячая, красная или отёкшая икра — это не судорога: остановитесь и обратитесь за помощью.</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>%1 from %2</source>
        <translation>«%1» от %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Jan</source>
        <translation>янв.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>февр.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>мар.</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>апр.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>мая</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>июн.</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>июл.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>авг.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>сент.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>окт.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>нояб.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>дек.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <source>Coach report for your midwife or physiotherapist</source>
        <translation>Отчёт Coach для акушерки или физиотерапевта</translation>
    </message>
    <message>
        <source>warning sign at the check</source>
        <translation>тревожный признак при проверке</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>once a day</source>
        <translation>1 раз в день</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>2 раза в день</translation>
    </message>
    <message>
        <source>3 times a day</source>
        <translation>3 раза в день</translation>
    </message>
    <message>
        <source>4 times a day</source>
        <translation>4 раза в день</translation>
    </message>
    <message>
        <source>5 times a day</source>
        <translation>5 раз в день</translation>
    </message>
    <message>
        <source>6 times a day</source>
        <translation>6 раз в день</translation>
    </message>
    <message>
        <source>%1 times a day</source>
        <translation>%1 раз в день</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 в %2</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>each side</source>
        <translation>каждая сторона</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>левая сторона</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>правая сторона</translation>
    </message>
    <message>
        <source>both legs together</source>
        <translation>обе ноги вместе</translation>
    </message>
    <message>
        <source>the cramping leg</source>
        <translation>нога, которую свело</translation>
    </message>
    <message>
        <source>%1 s hold x %2</source>
        <translation>удержание %1 с × %2</translation>
    </message>
    <message>
        <source>%1 s x %2</source>
        <translation>%1 с × %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Red-flag check</source>
        <translation>Проверка тревожных признаков</translation>
    </message>
    <message>
        <source>Report for your midwife or physiotherapist</source>
        <translation>Отчёт для акушерки или физиотерапевта</translation>
    </message>
    <message>
        <source>Report for your clinician</source>
        <translation>Отчёт для специалиста</translation>
    </message>
    <message>
        <source>A one- or two-page summary of your sessions and cramps to print or send. Nothing is sent by Coach: you choose where to save it.</source>
        <translation>Сводка занятий и судорог на одну-две страницы — распечатать или отправить. Сам Coach ничего не отправляет: вы выбираете, куда сохранить.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>First day in the report</source>
        <translation>Первый день отчёта</translation>
    </message>
    <message>
        <source>Last day in the report</source>
        <translation>Последний день отчёта</translation>
    </message>
    <message>
        <source>Assigned routine</source>
        <translation>Назначенный комплекс</translation>
    </message>
    <message>
        <source>The prescription to compare your sessions with</source>
        <translation>Назначение, с которым сравниваются ваши занятия</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (от %2)</translation>
    </message>
    <message>
        <source>No assigned routine</source>
        <translation>Без назначенного комплекса</translation>
    </message>
    <message>
        <source>Optional: your name or initials, as you want it printed</source>
        <translation>Необязательно: имя или инициалы, как их напечатать</translation>
    </message>
    <message>
        <source>Name on the report</source>
        <translation>Имя в отчёте</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Комплекс</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Сохранить CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose where to save the report as a PDF</source>
        <translation>Выбрать, куда сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>Choose where to save the report&apos;s numbers as CSV</source>
        <translation>Выбрать, куда сохранить цифры отчёта в CSV</translation>
    </message>
    <message>
        <source>Close this window (Esc)</source>
        <translation>Закрыть окно (Esc)</translation>
    </message>
    <message>
        <source>Whether the report was saved</source>
        <translation>Сохранён ли отчёт</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Не сохранено: %1.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Coach does not diagnose. Recorded by the person on their own device.</source>
        <translation>Coach не ставит диагнозов. Записи сделаны самой пациенткой на её устройстве.</translation>
    </message>
    <message>
        <source>generated %1</source>
        <translation>составлен %1</translation>
    </message>
    <message>
        <source>No routine was assigned by a clinician for this report.</source>
        <translation>Для этого отчёта специалист не назначал комплекс.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Комплекс</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Назначил(а)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Дата назначения</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Пересмотреть до</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Как часто</translation>
    </message>
    <message>
        <source>Clinician&apos;s notes</source>
        <translation>Заметки специалиста</translation>
    </message>
    <message>
        <source>Assigned routine</source>
        <translation>Назначенный комплекс</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>На­зна­че­но</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Вы­пол­не­но</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Вы­пол­не­ние</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Пре­рва­но</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Су­до­ро­ги</translation>
    </message>
    <message>
        <source>Avg time to ease</source>
        <translation>Ср. время до облег­че­ния</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>All weeks</source>
        <translation>Все недели</translation>
    </message>
    <message>
        <source>Weeks start on Monday; the first and last weeks count only days in the range.</source>
        <translation>Недели начинаются с понедельника; в первой и последней неделе учитываются только дни из выбранного периода.</translation>
    </message>
    <message>
        <source>Days before the routine was issued are not counted as prescribed.</source>
        <translation>Дни до выдачи комплекса не считаются днями назначения.</translation>
    </message>
    <message>
        <source>Done and stopped early count every routine the person ran.</source>
        <translation>«Выполнено» и «Прервано» учитывают все комплексы, которые запускала пациентка.</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>Overall adherence: &lt;b&gt;%1&lt;/b&gt; (prescribed sessions done: %2 of %3, stopped early: %4).</source>
        <translation>Общее выполнение: &lt;b&gt;%1&lt;/b&gt; (выполнено назначенных занятий: %2 из %3, прервано: %4).</translation>
    </message>
    <message>
        <source>Overall adherence: &lt;b&gt;%1&lt;/b&gt; (prescribed sessions done: %2 of %3).</source>
        <translation>Общее выполнение: &lt;b&gt;%1&lt;/b&gt; (выполнено назначенных занятий: %2 из %3).</translation>
    </message>
    <message>
        <source>Sessions done in weeks with nothing prescribed (for example before the routine was issued): %1. They are not in the adherence figure.</source>
        <translation>Занятий в недели без назначений (например, до выдачи комплекса): %1. В процент выполнения они не входят.</translation>
    </message>
    <message>
        <source>Sessions done: &lt;b&gt;%1&lt;/b&gt;; stopped early: %2.</source>
        <translation>Выполнено занятий: &lt;b&gt;%1&lt;/b&gt;; прервано: %2.</translation>
    </message>
    <message>
        <source>Cramps recorded: &lt;b&gt;%1&lt;/b&gt; (with the relief walk-through: %2, noted in the diary: %3).</source>
        <translation>Записано судорог: &lt;b&gt;%1&lt;/b&gt; (с пошаговой помощью: %2, отмечено в дневнике: %3).</translation>
    </message>
    <message>
        <source>Time until the cramp eased: average %1, longest %2; not marked as easing: %3.</source>
        <translation>Время до облегчения: в среднем %1, самое долгое %2; облегчение не отмечено: %3.</translation>
    </message>
    <message>
        <source>Time until the cramp eased: average %1, longest %2.</source>
        <translation>Время до облегчения: в среднем %1, самое долгое %2.</translation>
    </message>
    <message>
        <source>Severity (0–10): middle value %1, range %2–%3 (cramps rated: %4).</source>
        <translation>Сила судорог (0–10): медиана %1, разброс %2–%3 (судорог с оценкой: %4).</translation>
    </message>
    <message>
        <source>Did it help? (asked after each routine): better %1, same %2, worse %3.</source>
        <translation>Стало ли легче? (вопрос после каждого комплекса): лучше — %1, так же — %2, хуже — %3.</translation>
    </message>
    <message>
        <source>Did it help? No answers in this period.</source>
        <translation>Стало ли легче? За этот период ответов нет.</translation>
    </message>
    <message>
        <source>Why routines were stopped early (all routines): %1.</source>
        <translation>Почему комплексы прерывались (все комплексы): %1.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>За этот период заметок нет.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Notes in their own words</source>
        <translation>Заметки своими словами</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Could not read your settings (%1); using defaults.</source>
        <translation>Не удалось прочитать настройки (%1); используются стандартные.</translation>
    </message>
    <message>
        <source>Your settings file could not be read; it was kept as %1.</source>
        <translation>Файл настроек не читается; он сохранён как %1.</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>sound cues are turned off</source>
        <translation>звуковые сигналы выключены</translation>
    </message>
    <message>
        <source>sound cues are turned off by COACH_AUDIO</source>
        <translation>звуковые сигналы выключены через COACH_AUDIO</translation>
    </message>
    <message>
        <source>sound files missing in %1: %2</source>
        <translation>в %1 нет звуковых файлов: %2</translation>
    </message>
    <message>
        <source>no audio player program found (install gst-play-1.0)</source>
        <translation>не найдена программа для звука (установите gst-play-1.0)</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Before you start: is any of these happening? %1.</source>
        <translation>Прежде чем начать: есть ли что-то из этого? %1.</translation>
    </message>
</context>
<context>
    <name>StopAdvice</name>
    <message>
        <source>Calf hot, red or swollen</source>
        <translation>Икра горячая, красная или отекла</translation>
    </message>
    <message>
        <source>A hot, red, swollen or tender calf is not a cramp. Don&apos;t massage it. Contact your midwife or GP today. If you are also short of breath or have chest pain, call your emergency number now.</source>
        <translation>Горячая, красная, отёкшая или болезненная при касании икра — это не судорога. Не массируйте её. Свяжитесь с акушеркой или врачом сегодня. Если к тому же не хватает воздуха или болит в груди, сразу звоните в экстренную помощь.</translation>
    </message>
    <message>
        <source>Bleeding or fluid leaking</source>
        <translation>Кровотечение или подтекание вод</translation>
    </message>
    <message>
        <source>Stop and call your midwife or maternity unit now.</source>
        <translation>Остановитесь и сразу позвоните акушерке или в роддом.</translation>
    </message>
    <message>
        <source>Contractions or tummy pain</source>
        <translation>Схватки или боль в животе</translation>
    </message>
    <message>
        <source>Stop and rest. Regular painful contractions or abdominal pain: call your midwife or maternity unit now.</source>
        <translation>Остановитесь и отдохните. Если схватки регулярные и болезненные или болит живот, сразу позвоните акушерке или в роддом.</translation>
    </message>
    <message>
        <source>Dizzy or faint</source>
        <translation>Кружится голова или дурно</translation>
    </message>
    <message>
        <source>Sit or lie down on your side, and sip some water. If it doesn&apos;t pass, or comes with a headache, blurred vision or chest pain, call your midwife.</source>
        <translation>Сядьте или лягте на бок и выпейте немного воды. Если не проходит или появляется головная боль, пелена перед глазами или боль в груди, позвоните акушерке.</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Боль</translation>
    </message>
    <message>
        <source>Stop the exercise. A stretch should feel gentle, never painful. If the pain stays, or the cramp lasts over 10 minutes, contact your midwife or GP.</source>
        <translation>Прекратите упражнение. Растяжка должна быть мягкой и никогда не болезненной. Если боль не проходит или судорога длится больше 10 минут, свяжитесь с акушеркой или врачом.</translation>
    </message>
    <message>
        <source>Just tired</source>
        <translation>Просто устала</translation>
    </message>
    <message>
        <source>That&apos;s fine. Rest, and come back when you are ready.</source>
        <translation>Ничего страшного. Отдохните и возвращайтесь, когда будете готовы.</translation>
    </message>
    <message>
        <source>Midwife</source>
        <translation>Акушерка</translation>
    </message>
    <message>
        <source>Emergency: %1</source>
        <translation>Экстренная помощь: %1</translation>
    </message>
    <message>
        <source>Add your midwife&apos;s and emergency numbers under About you, so they are here when needed.</source>
        <translation>Добавьте номера акушерки и экстренной помощи в разделе «О вас», чтобы они были под рукой, когда понадобятся.</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>What happened?</source>
        <translation>Что случилось?</translation>
    </message>
    <message>
        <source>The routine is paused. Choose what fits best.</source>
        <translation>Комплекс на паузе. Выберите, что подходит больше всего.</translation>
    </message>
    <message>
        <source>Stop the routine and show what to do</source>
        <translation>Остановить комплекс и показать, что делать</translation>
    </message>
    <message>
        <source>Stop the routine and show what to do (Enter)</source>
        <translation>Остановить комплекс и показать, что делать (Enter)</translation>
    </message>
    <message>
        <source>Carry on with the routine</source>
        <translation>Продолжить комплекс</translation>
    </message>
    <message>
        <source>Carry on</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Go back to the paused routine (Esc)</source>
        <translation>Вернуться к комплексу на паузе (Esc)</translation>
    </message>
</context>
<context>
    <name>TextSizeBox</name>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>Larger text everywhere in Coach; Ctrl++ and Ctrl+- work on any screen</source>
        <translation>Крупнее текст во всём Coach; Ctrl++ и Ctrl+- работают на любом экране</translation>
    </message>
    <message>
        <source>100 % follows your computer&apos;s own text size.</source>
        <translation>100 % — как размер текста на вашем компьютере.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>%1, %2 of %3</source>
        <translation>%1, %2 из %3</translation>
    </message>
    <message>
        <source>Now the right leg.</source>
        <translation>Теперь правая нога.</translation>
    </message>
    <message>
        <source>Now the left leg.</source>
        <translation>Теперь левая нога.</translation>
    </message>
    <message>
        <source>Now the %1 leg.</source>
        <translation>Теперь другая нога (%1).</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Прежде чем начать</translation>
    </message>
    <message>
        <source>Check that none of these is happening.</source>
        <translation>Убедитесь, что ничего из этого нет.</translation>
    </message>
    <message>
        <source>Release gently and breathe.</source>
        <translation>Мягко отпустите и дышите.</translation>
    </message>
    <message>
        <source>Ease off a little.</source>
        <translation>Немного ослабьте.</translation>
    </message>
    <message>
        <source>%1 Is it easing?</source>
        <translation>%1 Отпускает?</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Coach: click for cramp relief</source>
        <translation>Coach: нажмите, чтобы снять судорогу</translation>
    </message>
    <message>
        <source>Cramp relief now</source>
        <translation>Снять судорогу сейчас</translation>
    </message>
    <message>
        <source>Bedtime session</source>
        <translation>Вечернее занятие</translation>
    </message>
    <message>
        <source>Note a cramp in the diary</source>
        <translation>Записать судорогу в дневник</translation>
    </message>
    <message>
        <source>Open Coach</source>
        <translation>Открыть Coach</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
</context>
</TS>
