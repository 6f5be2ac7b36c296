"""The desktop interface: main window, tray icon, dialogs, widgets and the Qt models behind them."""
