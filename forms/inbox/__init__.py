"""The front office's inbox: one register of every request, whatever the
channel, with the actions staff take on them. Every view checks
``forms.access`` itself."""
