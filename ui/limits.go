package ui

// MaxWidth is the widest lede wraps text: wider than any screen, and small
// enough that a wrap width cannot make a rendering's memory grow without
// bound (issue 12: --width 2147483647 grew past 2.3 GB).
const MaxWidth = 1000
