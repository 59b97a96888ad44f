"""The platform's services, one package each with the same rooms, listed once in registry.py: four own a
database and talk to each other only through Kafka events; the audit reads them all and writes nothing."""
