// Temporary entry point; the command line lands with the pipeline.
return 0;
