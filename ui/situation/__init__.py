"""The situation page: the situation picture on screen."""
