@echo off
rem Runs the built DIN Explorer (build first with: mvnw.cmd -q install -DskipTests).
rem No arguments: the GUI. With a command: the headless CLI, e.g. din-explorer info
set "HERE=%~dp0"
set "JAR=%HERE%app\target\din-explorer.jar"
if not exist "%JAR%" (
    echo DIN Explorer is not built yet. Run: mvnw.cmd -q install -DskipTests 1>&2
    exit /b 1
)
if "%DIN_EXPLORER_JAVA_OPTS%"=="" set "DIN_EXPLORER_JAVA_OPTS=-XX:MaxRAMPercentage=60"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" %DIN_EXPLORER_JAVA_OPTS% -jar "%JAR%" %*
