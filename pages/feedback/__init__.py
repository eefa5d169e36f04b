""""Did this page help you?": the anonymous answers readers give, the
public views that take them and the staff reports that read them."""
