# Installs the built Vircom Desk for the current user: copies dist\vircom-desk to
# %LOCALAPPDATA%\Programs\Vircom Desk and adds a Start-menu (and optional desktop) shortcut.
# Run from the repository (or the unpacked release) in PowerShell:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\install.ps1 [-Desktop]
param([switch]$Desktop)
$ErrorActionPreference = "Stop"

$source = Join-Path $PSScriptRoot "..\..\dist\vircom-desk"
if (-not (Test-Path (Join-Path $source "vircom-desk-gui.exe"))) {
    throw "Build first: .venv\Scripts\pyinstaller --noconfirm installer.spec"
}
$target = Join-Path $env:LOCALAPPDATA "Programs\Vircom Desk"
New-Item -ItemType Directory -Force -Path $target | Out-Null
Copy-Item -Recurse -Force (Join-Path $source "*") $target

$shell = New-Object -ComObject WScript.Shell
$places = @([Environment]::GetFolderPath("Programs"))
if ($Desktop) { $places += [Environment]::GetFolderPath("Desktop") }
foreach ($place in $places) {
    $link = $shell.CreateShortcut((Join-Path $place "Vircom Desk.lnk"))
    $link.TargetPath = Join-Path $target "vircom-desk-gui.exe"
    $link.WorkingDirectory = $target
    $link.IconLocation = (Join-Path $target "vircom-desk-gui.exe") + ",0"
    $link.Description = "Agenda de visitas, conversaciones y VircomBot"
    $link.Save()
}
Write-Host "Vircom Desk installed in $target"
