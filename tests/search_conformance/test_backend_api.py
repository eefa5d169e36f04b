"""modelsearch's backend test suite (the behaviour Wagtail's own backends
promise) run against the Whoosh backend."""

from django.test import TestCase
from modelsearch.test.testapp import models
from modelsearch.tests.test_backends import BackendTests


class TestWhooshBackend(BackendTests, TestCase):
    backend_path = "pages.search.backend"

    def setUp(self):
        # The suite's tree-filter tests (ancestors, children...) need a small
        # tree that its fixture does not hold: Animal > Mammal > Dog, Cat;
        # Animal > Reptile, in both kinds of treebeard tree.
        for model in (models.MPAnimal, models.NSAnimal):
            animal = model.add_root(name="Animal")
            mammal = animal.add_child(name="Mammal")
            mammal.add_child(name="Dog")
            mammal.add_child(name="Cat")
            animal = model.objects.get(pk=animal.pk)
            animal.add_child(name="Reptile")
        # and the speakers of a meeting's agenda, for the nested-fields test
        standup = models.Meeting.objects.get(name="Stand-up meeting")
        item = models.AgendaItem.objects.create(meeting=standup, topic="Yesterday's work")
        models.Speaker.objects.create(agenda_item=item, name="Arthur Conan Doyle")
        super().setUp()
