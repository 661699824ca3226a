//! cup-bracket: the bracket widget.
