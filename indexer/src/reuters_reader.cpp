// placeholder: implemented by the readers work
