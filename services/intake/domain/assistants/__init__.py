"""Form assistants: one marshmallow schema per online service, registered under the service id.

A module in this package, or a package that declares an entry point in the group `rathaus.assistants`,
registers its schema with `@assistant("service-id")`; the gateway finds it by the service id alone."""
