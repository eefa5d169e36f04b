"""Social rights, the questions that decide them, and the questionnaire citizens answer."""
