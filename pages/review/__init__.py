"""What editors must look at again: pages past their review date and
documents that exist only as a file."""
