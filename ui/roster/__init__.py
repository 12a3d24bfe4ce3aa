"""The roster page: agencies, the people in them, and how to reach them."""
